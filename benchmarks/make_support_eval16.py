"""Build the sixteenth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval16-articles.jsonl and eval16-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it once before and once after the round's changes, by the lead).

    python benchmarks/make_support_eval16.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Ten articles are business and tech news of the kind Topline reads, in shapes the earlier parts used less
(yb01-yb10): an insurer's combined ratio and catastrophe losses against its budget, a copper miner's output forecast
range cut after a landslide, a rights issue at a discount (two for seven, the proceeds split between a loan and a
purchase), a product recall by units and countries, a three-year pay deal (yearly rises, compounded total, a ballot's
share and turnout), a broadband outage's duration and the customers affected, a dividend cut per share (final and
full-year payouts), a credit-rating downgrade by notches (two agencies), a hospital group's waiting list and bed numbers
and a central bank's 5-4 vote to hold. Seven are on topics no earlier part uses (yo01-yo07; the earlier articles and
the demo corpus were searched for the topic words): a dry-stone walling competition, a horse-and-tractor ploughing
match, a white truffle sold at a charity auction, a village snail race, a sandcastle competition, a church rethatched
with water reed and a marbles championship.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said", voice changed, clauses reordered, a speaker named by role in one place and by name in another,
synonyms and other verbs for the same act, figures restated or rounded, and analysis sentences (``kind`` "analysis")
that only combine or compute from what one passage of the cited article says (differences, totals, shares, a midpoint,
a figure before a stated rise, per-unit costs). Each is fully supported by one passage (a sentence and its
neighbours) of a cited article, checked by reading. Unsupported sentences (origin "planted"): every error kind, with
shapes beside the earlier parts' (catastrophe losses and their budget swapped; a combined ratio's meaning turned
round; a forecast range cut stated as raised; a cost forecast's before and after swapped; the offer price given as the
share price after the fall; a loan repayment and a purchase price swapped; a recall's newer model and older models
swapped; two countries' units swapped; yearly pay rises in reverse order; a ballot's turnout given as its share in
favour; a compounded total with its digits swapped; all customers for the affected ones; a credit given per month; a
final dividend given as the year's payout; a downgrade by two notches made one; the two agencies swapped; the buyer
and the bought swapped; a bond yield's rise made a fall; the emergency departments' figure given to bed occupancy; a
5-4 vote reversed and made 6-3; the governor put in the minority; the winner and the junior winner swapped; a race
master's words given to a snail's owner; an analysis sentence whose computation is wrong (kind "analysis"); page
furniture no earlier part used). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in
SMOLLM2 below, labelled by reading; their raw answers are in eval16-smollm2_raw.jsonl
(benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation16"; ids "f0001"... (the earlier
parts' sentence ids use s, k, m, v, w, x, y, z, u, r, o, h, g, e, d, c and i; every letter left is the first letter of
some earlier part's article ids, which are a letter and two digits or two letters and two digits, so "f" and four
digits meets none of them).
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
           "eval14-sentences.jsonl", "eval15-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl")
EARLIER_IDS = "skmvwxyzurohgedci"   # id prefixes of the earlier parts' sentences
# (their article ids: a, c, d, e, t, f, g, h, p, q, b, n, j, l, ib, io, kb, ko, sb, so, mb, mo, vb, vo, wb, wo, xb,
# xo; this part's: yb, yo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "yb01": [
        ("Harrowgate Insurance's combined ratio rose to 97.4% in the first nine months, from 92.1% a year before.", S),
        ("Harrowgate's combined ratio is the share of its premiums that goes on claims and costs.", S),
        ("Hailstorms in northern Italy in July and floods in Slovenia in September pushed Harrowgate's catastrophe "
         "losses to 610 million euros.", S),
        ("For the nine months, Harrowgate had set aside 380 million euros for catastrophe losses.", S),
        ("With a ratio under 100%, the insurer still earns a profit on its policies before counting investment "
         "income.", S),
        ("Harrowgate lifted motor insurance prices by 11% on average, which helped gross written premiums rise 8% to "
         "14.2 billion euros.", S),
        ("Net profit at Harrowgate dropped 22%, to 1.05 billion euros.", S),
        ("Renata Kovac, the finance chief, said Harrowgate still aimed for operating profit of at least 2.4 billion "
         "euros this year.", S),
        ("Kovac said Harrowgate would need a mild autumn to reach its profit target.", S),
        ("Shares in Harrowgate lost 4.5% in Milan.", S),
        ("Harrowgate's combined ratio worsened by 5.3 percentage points.", S, (), AN),
        ("Catastrophe losses overshot what Harrowgate had budgeted by 230 million euros.", S, (), AN),
        ("Harrowgate's combined ratio improved to 92.1% from 97.4%.", DIR),
        ("Catastrophe losses came to 380 million euros, against the 610 million Harrowgate had set aside.", FIG),
        ("Harrowgate cut its motor insurance prices by 11% on average.", DIR),
        ("Harrowgate's net profit rose 22% to 1.05 billion euros.", DIR),
        ("Gross written premiums grew 11% to 14.2 billion euros.", FIG),
        ("Harrowgate lowered its operating profit target to 2.4 billion euros.", DIR),
        ("A combined ratio above 100% means the insurer makes money on its policies.", DIR),
        ("Harrowgate blamed a warmer Mediterranean Sea for the hailstorms in northern Italy.", CAUSE),
        ("Harrowgate plans to stop selling home insurance in Slovenia.", CLAIM),
        ("Harrowgate's results suggest that European insurers have been underpricing weather risk.", GEN),
        ("Catastrophe losses were about double what Harrowgate had set aside for them.", FIG, (), AN),
        ("Harrowgate's shares fell 4.5% after Tarrant Copper cut its forecast for copper production.", MERGE,
         ("yb02",)),
    ],
    "yb02": [
        ("Tarrant Copper now expects to produce 610,000 to 640,000 tonnes of copper this year, down from its earlier "
         "range of 680,000 to 720,000 tonnes.", S),
        ("A landslide shut Tarrant's Cerro Alto pit in northern Chile for 23 days in October.", S),
        ("No one was injured in the landslide, which struck during a night shift.", S),
        ("Third-quarter output at Tarrant was 151,000 tonnes, down 9% on a year earlier.", S),
        ("Tarrant raised its cash cost forecast to 2.35 dollars a pound from 2.10 dollars.", S),
        ("The pit's fixed costs are now spread over fewer tonnes, which is why Tarrant expects higher cash costs.",
         S),
        ("Tarrant kept its forecast for gold, which it mines alongside the copper, at 180,000 ounces.", S),
        ("Anders Willoughby, Tarrant's chief executive, said Cerro Alto was running at full speed again.", S),
        ("To protect its balance sheet, Tarrant will trim spending on new projects by 150 million dollars to 1.9 "
         "billion dollars.", S),
        ("Tarrant's stock fell 7% in Toronto.", S),
        ("The midpoint of Tarrant's copper forecast fell by 75,000 tonnes, to 625,000 tonnes.", S, (), AN),
        ("Before the cut, Tarrant had planned to spend 2.05 billion dollars on new projects.", S, (), AN),
        ("Tarrant's forecast for cash costs went up by 25 cents a pound.", S, (), AN),
        ("Tarrant Copper raised its production forecast to between 680,000 and 720,000 tonnes.", DIR),
        ("The landslide closed the Cerro Alto pit for 32 days in October.", FIG),
        ("Two workers were injured in the landslide at Cerro Alto.", DIR),
        ("Tarrant produced 151,000 tonnes in the third quarter, 9% more than a year before.", DIR),
        ("Tarrant lowered its cash cost forecast to 2.10 dollars a pound from 2.35 dollars.", DIR),
        ("Tarrant cut its gold forecast to 180,000 ounces.", DIR),
        ("Tarrant will spend 150 million dollars more on new projects.", DIR),
        ("The landslide at Cerro Alto followed weeks of heavy rain.", CAUSE),
        ("Tarrant will sell a stake in Cerro Alto to reduce its debt.", CLAIM),
        ("Tarrant's cut shows how fragile the world's copper supply has become.", GEN),
        ("Tarrant's new forecast is about 20% below its old one.", FIG, (), AN),
        ("Tarrant Copper plans to raise 900 million pounds by selling new shares at a 38% discount.", MERGE,
         ("yb03",)),
    ],
    "yb03": [
        ("Pellworth is asking its shareholders for 900 million pounds through a rights issue.", S),
        ("Pellworth's shareholders can buy two new shares for every seven they hold, at 180 pence a share.", S),
        ("The 180 pence price is 38% below the 290 pence at which Pellworth's shares closed on Thursday.", S),
        ("Roughly 500 million new Pellworth shares will be issued.", S),
        ("Of the money, 600 million pounds will repay a loan due in 2027 and 250 million pounds will pay for Corvane "
         "Systems.", S),
        ("Corvane Systems, which Pellworth is buying, makes signalling equipment for railways.", S),
        ("Two banks have underwritten the offer, agreeing to buy any new shares that investors leave.", S),
        ("The Meriden Trust, a pension fund that owns 12% of Pellworth, will take up all of its rights.", S),
        ("Rowan Ashby, the chief executive, said debt would fall to about 1.5 times earnings from 2.8 times.", S),
        ("Pellworth's shareholders vote on the plan on 8 January.", S),
        ("Pellworth shares dropped 15% to 246.5 pence.", S),
        ("On Thursday Pellworth's shares closed 110 pence above the price of the new shares.", S, (), AN),
        ("The loan repayment and the Corvane purchase together take 850 million pounds of the money raised.", S, (),
         AN),
        ("Pellworth is offering seven new shares for every two its shareholders hold.", FIG),
        ("Pellworth's new shares are priced at a 38% premium to Thursday's close.", DIR),
        ("Pellworth will use 250 million pounds to repay a loan and 600 million pounds to buy Corvane Systems.", FIG),
        ("Corvane Systems will buy Pellworth for 250 million pounds.", ACT),
        ("The Meriden Trust has said it will not take up its rights.", DIR),
        ("The Meriden Trust owns 15% of Pellworth.", FIG),
        ("Rowan Ashby said the raise would push Pellworth's debt up to 2.8 times earnings.", DIR),
        ("Pellworth is raising the money because it breached the terms of its loans.", CAUSE),
        ("Pellworth's shares rose 15% to 246.5 pence.", DIR),
        ("Pellworth's shares fell 15% to 180 pence.", FIG),
        ("Shareholders will vote on Pellworth's plan in February.", FIG),
        ("The steep discount signals that Pellworth struggled to find buyers for its shares.", GEN),
        ("At 180 pence a share, Pellworth will have to issue about 5 billion new shares.", FIG, (), AN),
    ],
    "yb04": [
        ("Nordvik Appliances is recalling 1.4 million air fryers because a faulty thermostat can make them overheat.",
         S),
        ("The recalled fryers were sold in 11 European countries from March 2024 to August 2025.", S),
        ("Nordvik has had 37 reports of fires and nine of minor burns, and said it knew of no deaths.", S),
        ("The AF-500 and AF-520 are being recalled; the newer AF-600, which has a different part, is not.", S),
        ("Of the recalled fryers, 420,000 were sold in Germany and 310,000 in Britain.", S),
        ("Owners may choose between a full refund and a free repair, and Nordvik will pick the fryers up from their "
         "homes.", S),
        ("Nordvik put the cost of the recall at about 85 million euros, to be booked in the fourth quarter.", S),
        ("Linnea Berg, who heads product safety at Nordvik, told owners to stop using the fryers immediately and "
         "unplug them.", S),
        ("Nordvik shares lost 6% in Stockholm.", S),
        ("Germany and Britain together account for 730,000 of the recalled fryers.", S, (), AN),
        ("About 670,000 of the recalled fryers were sold outside Germany and Britain.", S, (), AN),
        ("Germany and Britain account for just over half of the fryers Nordvik is recalling.", S, (), AN),
        ("The recall will cost Nordvik roughly 60 euros for each fryer.", S, (), AN),
        ("Nordvik is recalling 1.4 million air fryers sold in 14 countries.", FIG),
        ("The recall covers the AF-600 but not the older AF-500 and AF-520.", ACT),
        ("Britain accounts for 420,000 of the recalled fryers and Germany for 310,000.", FIG),
        ("Nordvik said 37 people had been burned by its fryers.", FIG),
        ("Owners of the recalled fryers will get half of the price back.", FIG),
        ("Nordvik said one death had been linked to the fryers.", CLAIM),
        ("The thermostats failed because a supplier had switched to a cheaper material.", CAUSE),
        ("Nordvik will book the 85 million euro cost of the recall in the third quarter.", FIG),
        ("The recalled fryers were sold between March 2023 and August 2025.", FIG),
        ("Nordvik's shares rose 6% in Stockholm.", DIR),
        ("The recall will damage Nordvik's brand for years to come.", GEN),
        ("Germany alone accounts for more than a third of the recalled fryers.", FIG, (), AN),
    ],
    "yb05": [
        ("Eastline Rail's drivers and station staff have voted to accept a three-year pay deal.", S),
        ("Under the deal, pay rises by 4.5% this year, 3.5% in 2027 and 3% in 2028.", S),
        ("The agreement ends a dispute in which staff went on strike on nine days since June.", S),
        ("Union members backed the deal by 71%, on a turnout of 64%.", S),
        ("The Transport and Rail Workers' Union deal applies to 18,000 workers.", S),
        ("Compounded, the rises add up to about 11.4% over the three years.", S),
        ("Whatever their percentage rise, the lowest-paid workers are guaranteed at least 1,500 pounds this year.", S),
        ("The working week will be cut from 38 hours to 37 in 2028.", S),
        ("Eastline put the cost at 240 million pounds over three years, partly covered by selling unused land beside "
         "stations.", S),
        ("Carla Mendes, the union's leader, said it was the best offer members had been given in ten years.", S),
        ("Before compounding, the three yearly rises add up to 11 percentage points.", S, (), AN),
        ("The deal will cost Eastline about 80 million pounds a year on average.", S, (), AN),
        ("The deal gives Eastline staff 3% this year, 3.5% in 2027 and 4.5% in 2028.", FIG),
        ("Eastline Rail's staff rejected the pay deal, with 71% voting against it.", DIR),
        ("64% of the union's members voted in favour of the deal.", FIG),
        ("The Eastline pay deal covers 8,000 workers.", FIG),
        ("The working week at Eastline will rise from 37 to 38 hours in 2028.", DIR),
        ("Eastline will pay for the deal by raising fares.", CLAIM),
        ("The workers accepted the deal because Eastline had threatened to cut jobs.", CAUSE),
        ("Carla Mendes called it the worst offer members had received in a decade.", DIR),
        ("The lowest-paid staff will get at most 1,500 pounds this year.", DIR),
        ("Over the three years Eastline's staff will see their pay rise by about 14.1%.", FIG),
        ("Eastline Rail's staff held 19 days of strikes since June.", FIG),
        ("Eastline Rail's managers voted 71% in favour of the deal.", ACT),
        ("The deal shows that strikes on the railways are paying off for workers.", GEN),
        ("Eastline's deal will cost it about 120 million pounds a year.", FIG, (), AN),
    ],
    "yb06": [
        ("Calloway Broadband's outage on Tuesday left 2.3 million home customers offline for 14 hours.", S),
        ("The outage lasted from 6.40 a.m. until 8.40 p.m.", S),
        ("Calloway has 5.1 million home customers.", S),
        ("A faulty software update to Calloway's core routers caused the outage, the company said.", S),
        ("Calloway's mobile network was not hit by the outage.", S),
        ("About 1,100 emergency calls from Calloway landlines failed in the first three hours, because its phone "
         "service uses the same network.", S),
        ("The telecoms regulator has opened an investigation.", S),
        ("By 11 p.m., 90% of the customers who lost service had it back.", S),
        ("Each affected customer will get a credit of 10 pounds on the next bill.", S),
        ("Priya Nandakumar, Calloway's chief technology officer, apologised for the outage.", S),
        ("Future updates will first be tried on a small part of the network, Nandakumar said.", S),
        ("Calloway shares fell 3%.", S),
        ("Almost half of Calloway's home customers lost their internet connection in the outage.", S, (), AN),
        ("The credits will cost Calloway about 23 million pounds.", S, (), AN),
        ("The Calloway Broadband outage lasted 12 hours.", FIG),
        ("The outage left all 5.1 million of Calloway's home customers without internet.", FIG),
        ("A cyber attack on Calloway's core routers caused the outage.", CAUSE),
        ("Calloway's mobile network also went down during the outage.", DIR),
        ("About 1,100 emergency calls from Calloway landlines failed over the course of the day.", FIG),
        ("The telecoms regulator said it would not investigate the outage.", DIR),
        ("Calloway will give each affected customer a credit of 10 pounds a month for a year.", FIG),
        ("Calloway's chief executive, Priya Nandakumar, apologised.", ACT),
        ("Calloway will be fined for the emergency calls that failed.", CLAIM),
        ("By 11 in the evening, service was back for all of the affected customers.", FIG),
        ("The outage exposes how fragile the country's broadband networks are.", GEN),
        ("Nearly a quarter of Calloway's home customers were cut off.", FIG, (), AN),
        ("Calloway Broadband cut its final dividend to 12 cents after the outage.", MERGE, ("yb07",)),
    ],
    "yb07": [
        ("Brennard Chemicals lowered its final dividend to 12 cents a share, from 31 cents.", S),
        ("Brennard will pay 20 cents a share for the year, down from 45 cents.", S),
        ("Weak demand for plastics used in building pushed Brennard's annual profit down 41% to 530 million "
         "dollars.", S),
        ("Brennard's net debt climbed to 4.6 billion dollars, 2.9 times its earnings.", S),
        ("Helena Marsh, the chief executive, said two of Brennard's three Antwerp crackers would close next year.", S),
        ("Brennard will now pay out 40% of its earnings as dividends rather than try to raise the payout each year.",
         S),
        ("Brennard's shares gained 2% on Wednesday because many investors had braced for a deeper cut.", S),
        ("Analysts at Ferrow Capital called Brennard's new dividend policy sensible.", S),
        ("Ferrow Capital said it would be at least three years before Brennard's dividend was back at its old "
         "level.", S),
        ("Brennard's final dividend was cut by 19 cents a share.", S, (), AN),
        ("Apart from the final dividend, Brennard paid 8 cents a share this year.", S, (), AN),
        ("Last year Brennard paid 14 cents a share on top of its final dividend.", S, (), AN),
        ("Brennard will keep one of its crackers in Antwerp running.", S, (), AN),
        ("Brennard Chemicals raised its final dividend to 31 cents from 12 cents.", DIR),
        ("Brennard's payout for the year is 12 cents, against 31 cents the year before.", FIG),
        ("Brennard's annual profit fell 41% to 350 million dollars.", FIG),
        ("Brennard will close all three of its crackers in Antwerp.", FIG),
        ("Brennard's shares fell 2% after it cut the dividend.", DIR),
        ("Brennard will pay out 60% of its earnings as dividends.", FIG),
        ("Brennard cut its dividend because it lost a court case over pollution.", CAUSE),
        ("Ferrow Capital called Brennard's new dividend policy reckless.", DIR),
        ("Brennard will sell its Antwerp site to a rival.", CLAIM),
        ("Brennard's net debt fell to 4.6 billion dollars.", DIR),
        ("Brennard's cut marks the end of the chemical industry's boom years.", GEN),
        ("Brennard halved its final dividend.", FIG, (), AN),
    ],
    "yb08": [
        ("Corran Ratings downgraded Velta Telecom by two notches, to BB+ from BBB.", S),
        ("The downgrade puts Velta Telecom below investment grade.", S),
        ("Corran said Velta's heavy borrowing to buy Linmoor Fibre for 3.8 billion euros lay behind the cut.", S),
        ("Velta's debt is now 4.1 times earnings, and Corran expects it to stay above 3.5 times until 2028.", S),
        ("The negative outlook Corran attached to the rating means Velta could be cut again.", S),
        ("Halden, another agency, rates Velta BBB-, one notch above junk, with a negative outlook.", S),
        ("Some funds may hold only bonds that every agency rates investment grade.", S),
        ("The yield on Velta's bond due in 2031 rose 0.6 percentage points to 5.2%.", S),
        ("Marco Ferrante, Velta's chief financial officer, said a stake in its mobile masts would be sold next year "
         "to reduce debt.", S),
        ("The yield on Velta's 2031 bond had been 4.6% before it rose.", S, (), AN),
        ("Corran's rating of Velta is now one notch below Halden's.", S, (), AN),
        ("Corran Ratings upgraded Velta Telecom by two notches.", DIR),
        ("Corran cut Velta by one notch, to BBB- from BBB.", FIG),
        ("Halden cut Velta Telecom to BB+.", ACT),
        ("Velta bought Linmoor Fibre for 3.5 billion euros.", FIG),
        ("Linmoor Fibre bought Velta Telecom for 3.8 billion euros.", ACT),
        ("Corran gave Velta's new rating a stable outlook.", DIR),
        ("The yield on Velta's 2031 bond fell 0.6 points to 5.2%.", DIR),
        ("Velta will sell a stake in its fibre network to cut its debt.", CLAIM),
        ("Corran cut the rating because Velta had lost customers to its rivals.", CAUSE),
        ("Corran expects Velta's debt to fall below 3.5 times earnings next year.", DIR),
        ("The downgrade will make it much harder for Velta to borrow.", GEN),
        ("Velta's rating is now three notches below investment grade.", FIG, (), AN),
        ("Velta Telecom was downgraded after its waiting list fell to 61,200.", MERGE, ("yb09",)),
    ],
    "yb09": [
        ("North Weald Hospitals' waiting list for planned treatment fell to 61,200 at the end of November, from 68,900 "
         "a year before.", S),
        ("North Weald runs three of the county's hospitals.", S),
        ("The number of North Weald patients waiting over 78 weeks fell to 312 from 1,040.", S),
        ("North Weald added 120 beds during the year, bringing its total to 1,480.", S),
        ("Since April, 6,400 patients have been treated at North Weald's weekend clinics.", S),
        ("On an average day North Weald's beds were still 94% occupied.", S),
        ("In November North Weald's emergency departments saw 71% of patients within four hours, below the 78% "
         "target.", S),
        ("Fiona Acheson, North Weald's chief executive, warned that winter would be difficult.", S),
        ("A 45 million pound surgical hub with four operating theatres opens at Weald General in March.", S),
        ("The new surgical hub is expected to remove 3,000 patients a year from the waiting list.", S),
        ("North Weald's waiting list shrank by 7,700 patients in a year.", S, (), AN),
        ("North Weald had 1,360 beds before this year's additions.", S, (), AN),
        ("North Weald's emergency departments fell 7 points short of the four-hour target in November.", S, (), AN),
        ("North Weald's waiting list rose to 68,900 from 61,200.", DIR),
        ("The number of North Weald patients waiting more than 78 weeks fell to 1,040.", FIG),
        ("North Weald closed 120 beds over the year.", DIR),
        ("North Weald's emergency departments met the 78% target in November.", DIR),
        ("North Weald's beds were 71% full on an average day.", FIG),
        ("The surgical hub will open at Weald General in May.", FIG),
        ("North Weald's surgical hub cost 54 million pounds.", FIG),
        ("The waiting list fell because North Weald sent patients to private hospitals.", CAUSE),
        ("Fiona Acheson said she would step down after the winter.", CLAIM),
        ("North Weald Hospitals runs five hospitals in the county.", FIG),
        ("North Weald's figures prove that extra beds cut waiting lists.", GEN),
        ("North Weald's waiting list fell by about a quarter in a year.", FIG, (), AN),
    ],
    "yb10": [
        ("The Central Bank of Valdora held its main rate at 4.25% on Thursday.", S),
        ("Five rate-setters voted to keep the rate unchanged and four voted to cut it to 4%.", S),
        ("Governor Tomas Engel voted with the majority to hold rates.", S),
        ("Valdora's inflation eased to 3.1% in November from 3.4% in October.", S),
        ("Inflation in Valdora remains above the central bank's 2% target.", S),
        ("The bank lowered its forecast for growth next year to 0.9%, from 1.2%.", S),
        ("Two of the four members who wanted a cut had backed a hold at the previous meeting.", S),
        ("Engel said wage growth was still too fast for the bank to lower rates.", S),
        ("The bank's last move was a cut from 4.5% in June.", S),
        ("The valdor lost 0.8% against the euro once the vote was published.", S),
        ("The rate committee's next meeting is on 5 February.", S),
        ("The four dissenters wanted a cut of a quarter of a percentage point.", S, (), AN),
        ("The Central Bank of Valdora cut its rate by a quarter of a point in June.", S, (), AN),
        ("Inflation in Valdora is still 1.1 points above the bank's target.", S, (), AN),
        ("The Central Bank of Valdora cut its main rate to 4% on Thursday.", DIR),
        ("Four members voted to hold the rate and five wanted a cut.", FIG),
        ("Governor Tomas Engel was among the four members who wanted a cut.", DIR),
        ("Valdora's inflation rose to 3.4% in November from 3.1% in October.", DIR),
        ("The bank raised its forecast for growth next year to 1.2%.", DIR),
        ("The Central Bank of Valdora's rate committee split 6-3.", FIG),
        ("Engel said wages were rising too slowly for the bank to ease.", DIR),
        ("The Central Bank of Valdora last moved its rate in March.", FIG),
        ("The valdor rose 0.8% against the euro after the vote.", DIR),
        ("Four members wanted a cut because unemployment had risen.", CAUSE),
        ("The Central Bank of Valdora will start selling government bonds in February.", CLAIM),
        ("The close vote makes a cut in February all but certain.", GEN),
        ("The four dissenters wanted a cut of half a percentage point.", FIG, (), AN),
        ("The Central Bank of Valdora held rates in a 5-4 vote after its catastrophe losses reached 610 million "
         "euros.", MERGE, ("yb01",)),
    ],
    "yo01": [
        ("Gwen Calder, a sheep farmer, won the open class at the Hebbleside dry-stone walling competition.", S),
        ("Each of the 42 wallers was given six hours to rebuild a stretch of fallen wall.", S),
        ("Calder, who is 34, rebuilt four metres, more than any other entrant.", S),
        ("The judges praised the straightness of Calder's wall and the tight fit of its top stones.", S),
        ("Dry-stone walls use no mortar, so every stone must fit the stones around it.", S),
        ("The contest is held on a different farm each year, and the walls rebuilt on the day remain as field "
         "boundaries.", S),
        ("Eleven of this year's wallers were under 18, and Tom Hesketh, 15, took the junior prize.", S),
        ("Calder receives a silver cup and 300 pounds.", S),
        ("Calder learned walling from her grandfather and repairs about a mile of wall on her farm every winter.", S),
        ("Thirty-one of the 42 wallers were 18 or older.", S, (), AN),
        ("Calder rebuilt her wall at about two-thirds of a metre an hour.", S, (), AN),
        ("Gwen Calder rebuilt six metres of wall in four hours.", FIG),
        ("Dry-stone walls are held together with lime mortar.", DIR),
        ("Tom Hesketh, 15, won the open class at Hebbleside.", ACT),
        ("Gwen Calder won the junior prize at Hebbleside.", ACT),
        ("The Hebbleside competition is always held on the same farm.", DIR),
        ("The walls rebuilt at the competition are taken down afterwards.", DIR),
        ("Calder said she had learned the craft from her father.", ACT),
        ("Calder wins 500 pounds and a silver cup.", FIG),
        ("More wallers entered this year because the prize money had doubled.", CAUSE),
        ("Calder plans to turn professional next year.", CLAIM),
        ("The contest shows that dry-stone walling is enjoying a revival among the young.", GEN),
        ("More than a third of the wallers at Hebbleside were under 18.", FIG, (), AN),
    ],
    "yo02": [
        ("Ellen Thwaite, 19, won the horse class at the Brackenford ploughing match.", S),
        ("Thwaite is the first woman in 40 years to take the horse class at Brackenford.", S),
        ("The Brackenford ploughing match is being held for the 70th year.", S),
        ("Thwaite ploughed with Duke and Major, two Shire horses she had borrowed.", S),
        ("Of the 64 competitors, 11 used horses and the rest tractors, both vintage and modern.", S),
        ("The judges check how straight the furrows run and whether they are an even six inches deep.", S),
        ("Each competitor ploughs a plot of roughly a quarter of an acre.", S),
        ("Heavy rain on Saturday morning made the clay sticky, and two tractors had to be towed out of the mud.", S),
        ("About 3,500 people watched, down from 5,000 last year.", S),
        ("Thwaite will spend her 200-pound prize on a harness of her own.", S),
        ("Fifty-three of the competitors at Brackenford ploughed with tractors.", S, (), AN),
        ("About 1,500 fewer people came to the match than last year.", S, (), AN),
        ("Thwaite ploughed with her own two Shire horses.", DIR),
        ("The judges want furrows that are an even nine inches deep.", FIG),
        ("Eleven of the 64 entrants at Brackenford used tractors.", FIG),
        ("The Brackenford ploughing match is in its 40th year.", FIG),
        ("Attendance at the match rose to 5,000 from 3,500.", DIR),
        ("Two horses had to be pulled out of the mud at Brackenford.", ACT),
        ("Thwaite will use her prize money to buy a horse of her own.", CLAIM),
        ("Fewer people came because tickets cost more this year.", CAUSE),
        ("Thwaite's win shows that farming is becoming more open to women.", GEN),
        ("Most of the competitors at Brackenford ploughed with horses.", FIG, (), AN),
        ("Ellen Thwaite and her dog Brina found a white truffle weighing 820 grams.", MERGE, ("yo03",)),
    ],
    "yo03": [
        ("An 820-gram white truffle sold for 96,000 euros at Montecalvo Alto's charity auction on Sunday.", S),
        ("Luigi Ferro, a 67-year-old hunter, found the truffle with his dog Brina in woods near the town.", S),
        ("A restaurant group in Singapore bought the truffle, bidding by phone.", S),
        ("Last year the top lot, of 540 grams, went for 61,000 euros.", S),
        ("Brina, a six-year-old Lagotto, began digging at the base of an oak.", S),
        ("Ferro finished digging with a small spade to avoid damaging the truffle.", S),
        ("White truffles grow only in the wild and cannot be farmed.", S),
        ("Because of a dry summer, truffles are scarce this year.", S),
        ("Prices at Montecalvo's weekly market are up by about 40%.", S),
        ("The local hospital gets 10% of the auction money and the finder keeps the rest.", S),
        ("Ferro will receive 86,400 euros from the sale.", S, (), AN),
        ("This year's truffle fetched 35,000 euros more than last year's top lot.", S, (), AN),
        ("The truffle sold for about 117 euros a gram.", S, (), AN),
        ("The white truffle sold at Montecalvo weighed 540 grams.", FIG),
        ("A restaurant group in Hong Kong bought the truffle.", ACT),
        ("White truffles are mostly farmed these days.", DIR),
        ("A wet summer has made truffles plentiful this year.", DIR),
        ("Prices at Montecalvo's weekly market have fallen by about 40%.", DIR),
        ("The local hospital receives 90% of the money from the auction.", FIG),
        ("The buyer paid so much because it was the largest truffle found in Italy this century.", CAUSE),
        ("The Singapore restaurant group bid in person at the auction.", DIR),
        ("Ferro plans to retire Brina after the find.", CLAIM),
        ("The sale shows that luxury food prices are immune to economic downturns.", GEN),
        ("The truffle fetched about twice last year's top price.", FIG, (), AN),
        ("Ferro will receive 9,600 euros from the sale of the truffle.", FIG, (), AN),
    ],
    "yo04": [
        ("Pip, a garden snail owned by eight-year-old Ava Moran, won the Copplestone Green snail race on Saturday.", S),
        ("Pip covered the 33-centimetre course in 2 minutes 48 seconds.", S),
        ("The snails race on a damp cloth over a table, from an inner circle to an outer circle that marks the "
         "finish.", S),
        ("180 snails were entered in heats of 15, and the fastest in each heat went into the final.", S),
        ("The course record of two minutes was set in 1995.", S),
        ("Race master Derek Pye said the cold had slowed the snails down.", S),
        ("After the race the snails go back to the gardens where they were found.", S),
        ("Pip won a silver tankard full of lettuce leaves.", S),
        ("The race is part of the village fete, which raised 2,300 pounds for the church roof.", S),
        ("There were 12 heats, so 12 snails reached the final.", S, (), AN),
        ("Pip was 48 seconds slower than the course record.", S, (), AN),
        ("Pip crossed the course in 2 minutes, setting a new record.", FIG),
        ("Pip the snail is owned by Derek Pye.", ACT),
        ("Ava Moran said the cold weather had slowed the snails down.", ACT),
        ("The course at Copplestone Green is 48 centimetres long.", FIG),
        ("80 snails were entered in the Copplestone race.", FIG),
        ("The organisers keep the snails after the race.", DIR),
        ("Warm weather made the snails faster this year.", DIR),
        ("The fete raised 2,300 pounds for the village school.", ACT),
        ("Pip was fed lettuce before the race to make it faster.", CLAIM),
        ("Pip won because its shell was lighter than the others', Ava Moran said.", CAUSE),
        ("The race shows how village traditions bring families together.", GEN),
        ("Pip was more than a minute slower than the course record.", FIG, (), AN),
        ("A family of four from Trevellan owned Pip, the winning snail.", MERGE, ("yo05",)),
    ],
    "yo05": [
        ("A Trevellan family of four won the sandcastle competition on Porthlenna beach.", S),
        ("The winning castle stood 2.1 metres tall and had a moat and a drawbridge of driftwood.", S),
        ("On Sunday 38 teams each had three hours to build before the tide came in.", S),
        ("Only sand, water, shells and things washed up on the beach may be used.", S),
        ("Martha Quenby, the sculptor who judged the contest, said the winners built their towers in layers, packing "
         "wet sand into bottomless buckets.", S),
        ("A team of lifeguards came second with a sea serpent 14 metres long.", S),
        ("A school class took third place with a sleeping dragon.", S),
        ("Entry was free, and the contest raised 860 pounds for the lifeboat station.", S),
        ("The sea had washed all the entries away by early evening.", S),
        ("The lifeguards' serpent was almost seven times as long as the winning castle was tall.", S, (), AN),
        ("The winning sandcastle at Porthlenna was 1.2 metres tall.", FIG),
        ("A team of lifeguards won the Porthlenna contest with a sea serpent.", ACT),
        ("A school class came second with a sleeping dragon.", FIG),
        ("Entrants were allowed to bring plastic moulds.", DIR),
        ("Entry cost 5 pounds a team.", FIG),
        ("The money raised went to the coastguard.", ACT),
        ("Teams had five hours to build their sandcastles.", FIG),
        ("The family won because they had practised all summer.", CAUSE),
        ("The sandcastles were left standing for a week.", DIR),
        ("Martha Quenby built the winning castle's drawbridge.", ACT),
        ("The winning family will represent the county at a national contest.", CLAIM),
        ("The contest shows the beach's growing appeal to tourists.", GEN),
    ],
    "yo06": [
        ("St Ethelred's church at Little Harnby has a new thatched roof, its first since 1989.", S),
        ("Martin Pell, a 58-year-old thatcher, and his apprentice took 14 weeks to lay about 4,200 bundles of water "
         "reed.", S),
        ("The reed was cut in marshes a few miles from the church.", S),
        ("Sedge, which is softer and can be bent over the top, was used to finish the ridge.", S),
        ("A heritage grant paid 70% of the 118,000-pound cost, and the parish paid the rest.", S),
        ("A good water reed roof can last 40 years, Pell said.", S),
        ("Moss and birds pulling out reed for their nests had let the old roof down, Pell said.", S),
        ("A wire net has been laid over the new thatch to keep birds away.", S),
        ("A service of thanks will be held on Sunday at the church, which has a round tower.", S),
        ("The parish paid about 35,400 pounds towards the new roof.", S, (), AN),
        ("Pell and his apprentice laid an average of 300 bundles a week.", S, (), AN),
        ("St Ethelred's church was last rethatched in 1998.", FIG),
        ("Pell and his apprentice took four weeks to thatch the roof.", FIG),
        ("The parish paid 70% of the cost of the new roof.", ACT),
        ("The water reed for the roof was imported from abroad.", DIR),
        ("Pell said a water reed roof lasts about 14 years.", FIG),
        ("The old roof failed because of a fire.", CAUSE),
        ("The wire net over the thatch is meant to keep squirrels off.", ACT),
        ("The church will close for a year of repairs to its round tower.", CLAIM),
        ("The project shows how costly it is to keep rural churches open.", GEN),
        ("The heritage grant came to about 35,000 pounds.", FIG, (), AN),
        ("Martin Pell's apprentice won the marbles championship at Tinsley Cross.", MERGE, ("yo07",)),
    ],
    "yo07": [
        ("A team from Bremen won the marbles championship at the Tinsley Cross pub.", S),
        ("Bremen's win ended a run of four wins by teams from the host county.", S),
        ("Twenty-two teams of six played on Saturday.", S),
        ("Kneeling at the edge of a ring six feet wide, players flick their marble with the thumb to knock 49 small "
         "marbles out.", S),
        ("In the final the Bremen team beat the Tinsley Tigers by 31 to 18.", S),
        ("Ruby Oates, 15, won the individual title and is the youngest winner in the contest's history.", S),
        ("The pub has hosted the championship since 1932.", S),
        ("Landlord Glyn Farrar said the ring was swept and sanded every morning before play began.", S),
        ("Teams paid 12 pounds to enter, and the prize is a pewter plate and a barrel of beer.", S),
        ("132 players took part in the Tinsley Cross championship.", S, (), AN),
        ("Bremen won the final by 13 points.", S, (), AN),
        ("The Tinsley Tigers beat the Bremen team 31 to 18 in the final.", ACT),
        ("Twenty-two teams of four took part at Tinsley Cross.", FIG),
        ("The marbles ring at Tinsley Cross is 49 feet wide.", FIG),
        ("Ruby Oates, 15, is the oldest winner of the individual title.", DIR),
        ("The championship has been held at the pub since 1923.", FIG),
        ("The Bremen win ended a run of four wins by Dutch teams.", ACT),
        ("Landlord Glyn Farrar won the individual title.", ACT),
        ("Entry to the marbles championship was free.", FIG),
        ("The Bremen team won because the host team's best player was ill.", CAUSE),
        ("The championship will move to Bremen next year.", CLAIM),
        ("The win shows that marbles is becoming an international sport.", GEN),
        ("Fewer than 100 players took part in the Tinsley Cross championship.", FIG, (), AN),
    ],
}

BODIES = [
    ("yb01", "https://www.insurancedesk.example/harrowgate-nine-months", "Insurance Desk",
     "Harrowgate's combined ratio worsens to 97.4% after hail and floods",
     "Harrowgate Insurance said on Thursday that its combined ratio, the share of premiums paid out in claims and "
     "costs, rose to 97.4% in the first nine months of the year from 92.1% a year earlier. Catastrophe losses reached "
     "610 million euros, well above the 380 million it had set aside for the period, after hailstorms in northern "
     "Italy in July and floods in Slovenia in September. A ratio below 100% means the insurer still made money on "
     "its policies before investment income. Gross written premiums grew 8% to 14.2 billion euros, helped by motor "
     "insurance prices that Harrowgate raised by 11% on average. Net profit fell 22% to 1.05 billion euros. Chief "
     "financial officer Renata Kovac said the group kept its target of at least 2.4 billion euros of operating profit "
     "for the year, but that a mild autumn was needed to reach it. Harrowgate's shares fell 4.5% in Milan."),
    ("yb02", "https://www.metalswire.example/tarrant-copper-guidance-cut", "Metals Wire",
     "Tarrant Copper cuts output forecast after landslide shuts Chilean pit",
     "Tarrant Copper cut its forecast for copper production this year to between 610,000 and 640,000 tonnes, from "
     "680,000 to 720,000 tonnes, after a landslide closed its Cerro Alto pit in northern Chile for 23 days in October. "
     "Nobody was hurt in the slide, which happened on a night shift. The miner produced 151,000 tonnes in the third "
     "quarter, 9% less than a year before. It also raised its forecast for cash costs to 2.35 dollars a pound of "
     "copper, from 2.10 dollars, because the pit's fixed costs are now spread over fewer tonnes. Its forecast of "
     "180,000 ounces of gold, mined alongside the copper, was left unchanged. Chief executive Anders Willoughby said "
     "the pit was back at full speed and that Tarrant would cut spending on new projects by 150 million dollars, to "
     "1.9 billion dollars, to protect its balance sheet. Tarrant's shares dropped 7% in Toronto."),
    ("yb03", "https://www.citybulletin.example/pellworth-rights-issue", "City Bulletin",
     "Pellworth asks investors for 900 million pounds at a 38% discount",
     "The engineering group Pellworth plans to raise 900 million pounds by offering its shareholders two new shares "
     "for every seven they own at 180 pence each, a 38% discount to Thursday's closing price of 290 pence. About 500 "
     "million new shares will be issued. Pellworth will use 600 million pounds to repay a loan that falls due in 2027 "
     "and 250 million pounds to buy Corvane Systems, which makes signalling equipment for railways. Two banks have "
     "agreed to buy any new shares that investors do not take up. The Meriden Trust pension fund, Pellworth's largest "
     "shareholder with 12%, has said it will take up all of its rights. Chief executive Rowan Ashby said the raise "
     "would cut the group's debt to about 1.5 times earnings from 2.8 times. Shareholders will vote on the plan on 8 "
     "January. Pellworth's shares fell 15% to 246.5 pence."),
    ("yb04", "https://www.consumerwatch.example/nordvik-air-fryer-recall", "Consumer Watch",
     "Nordvik recalls 1.4 million air fryers in 11 countries over fire risk",
     "Nordvik Appliances is recalling 1.4 million air fryers sold in 11 European countries between March 2024 and "
     "August 2025, because a faulty thermostat can let them overheat. The company said it had received 37 reports of "
     "fires and nine of minor burns, and knew of no deaths. The recall covers the AF-500 and AF-520 models, but not "
     "the newer AF-600, which uses a different part. Germany accounts for 420,000 of the fryers and Britain for "
     "310,000. Owners can choose a refund of the full price or a free repair, and Nordvik will collect the machines "
     "from their homes. The company expects the recall to cost about 85 million euros, which it will book in the "
     "fourth quarter. Head of product safety Linnea Berg said owners should stop using the fryers at once and unplug "
     "them. Nordvik's shares fell 6% in Stockholm."),
    ("yb05", "https://www.labournews.example/eastline-three-year-pay-deal", "Labour News",
     "Eastline Rail staff accept three-year pay deal, ending strikes",
     "Drivers and station staff at Eastline Rail have accepted a pay deal that gives them 4.5% this year, 3.5% in 2027 "
     "and 3% in 2028, ending a dispute in which they held nine days of strikes since June. Members of the Transport "
     "and Rail Workers' Union voted 71% in favour, on a turnout of 64%. The deal covers 18,000 workers. Over the three "
     "years their pay will rise by about 11.4% once the rises are compounded. The lowest paid will get at least 1,500 "
     "pounds this year, whatever their percentage rise. In 2028 the working week will fall from 38 to 37 hours. "
     "Eastline said the deal would cost 240 million pounds over three years and would be paid for partly by selling "
     "unused land next to stations. Union leader Carla Mendes called it the best offer the members had received in a "
     "decade."),
    ("yb06", "https://www.telecomtimes.example/calloway-broadband-outage", "Telecom Times",
     "Calloway Broadband outage cuts off 2.3 million customers for 14 hours",
     "An outage at Calloway Broadband left 2.3 million of its 5.1 million home customers without internet for 14 "
     "hours on Tuesday, from 6.40 in the morning until 8.40 in the evening. Calloway said the cause was a faulty software "
     "update to its core routers, and that its mobile network had not been affected. During the first three hours, "
     "about 1,100 calls to emergency numbers from Calloway landlines could not be connected, because its phone "
     "service runs over the same network. The telecoms regulator said it had opened an investigation. By 11 in the "
     "evening, service was back for 90% of affected customers. Calloway said each of them would receive a credit of "
     "10 pounds on their next bill. Chief technology officer Priya Nandakumar apologised and said updates would in "
     "future be tested on a small part of the network first. Its shares fell 3%."),
    ("yb07", "https://www.chemicalsweek.example/brennard-dividend-cut", "Chemicals Week",
     "Brennard Chemicals cuts final dividend to 12 cents as profit slides",
     "Brennard Chemicals cut its final dividend to 12 cents a share from 31 cents, bringing its payout for the year "
     "to 20 cents, against 45 cents the year before. Annual profit fell 41% to 530 million dollars as demand for "
     "plastics used in construction stayed weak. Net debt rose to 4.6 billion dollars, or 2.9 times earnings, and "
     "chief executive Helena Marsh said the company would close two of its three crackers in Antwerp next year. From "
     "now on Brennard will pay out 40% of its earnings as dividends, instead of trying to raise the payout every "
     "year. Its shares rose 2% on Wednesday, as many investors had expected a bigger cut. Analysts at Ferrow Capital "
     "said the new policy was sensible, although it would take at least three years for the dividend to get back to "
     "its old level."),
    ("yb08", "https://www.creditmonitor.example/velta-telecom-downgrade", "Credit Monitor",
     "Velta Telecom cut two notches to junk by Corran Ratings",
     "Corran Ratings has cut Velta Telecom's credit rating by two notches, to BB+ from BBB, which takes the company "
     "below investment grade. The agency said Velta had borrowed heavily to pay for its 3.8 billion euro purchase of "
     "Linmoor Fibre and that its debt would stay above 3.5 times earnings until 2028. It now stands at 4.1 times. "
     "Corran gave the rating a negative outlook, meaning a further cut is possible. Another agency, Halden, rates "
     "Velta at BBB-, one notch above junk, with a negative outlook. Some investment funds are allowed to hold only "
     "bonds rated investment grade by every agency. The yield on Velta's bond maturing in 2031 rose by 0.6 "
     "percentage points to 5.2%. Chief financial officer Marco Ferrante said Velta would sell a stake in its mobile "
     "masts next year to bring its debt down."),
    ("yb09", "https://www.healthservicejournal.example/north-weald-waiting-list", "Health Service Journal",
     "North Weald hospitals cut waiting list by 7,700 and open 120 beds",
     "North Weald Hospitals, which runs three hospitals in the county, said its waiting list for planned treatment "
     "had fallen to 61,200 patients at the end of November, from 68,900 a year earlier. Patients waiting longer than "
     "78 weeks numbered 312, down from 1,040. The group opened 120 beds over the year, taking its total to 1,480, and "
     "said 6,400 patients had been treated at weekend clinics since April. But its beds were still 94% full on an "
     "average day, and its emergency departments saw 71% of patients within four hours in November, short of the "
     "78% target. Chief executive Fiona Acheson said winter would be hard. A surgical hub with four operating "
     "theatres, which cost 45 million pounds, will open at Weald General in March and should take 3,000 patients off "
     "the list each year."),
    ("yb10", "https://www.valdorapost.example/central-bank-holds-five-four", "Valdora Post",
     "Valdora's central bank holds rates at 4.25% in 5-4 vote",
     "The Central Bank of Valdora kept its main interest rate at 4.25% on Thursday, but the decision was close: five "
     "members of the rate committee voted to hold, while four wanted a cut to 4%. Governor Tomas Engel was among the "
     "five. Inflation slowed to 3.1% in November from 3.4% in October, still above the bank's 2% target. The bank cut "
     "its forecast for economic growth next year to 0.9% from 1.2%. Two of the four members who voted for a cut had "
     "voted to hold at the previous meeting. Engel said that wages were still rising too fast for the bank to ease. "
     "The bank last moved in June, when it cut the rate from 4.5%. The valdor fell 0.8% against the euro after the "
     "vote was published. The committee meets next on 5 February."),
    ("yo01", "https://www.dalesgazette.example/hebbleside-walling-contest", "Dales Gazette",
     "Sheep farmer wins dry-stone walling contest at Hebbleside",
     "A sheep farmer, Gwen Calder, has won the open class at the Hebbleside dry-stone walling competition, in which "
     "42 wallers each had six hours to rebuild a stretch of tumbled wall. Calder, 34, rebuilt four metres, the "
     "longest of any entrant, and the judges praised how straight her wall ran and how tightly the top stones sat. "
     "Dry-stone walls are built without mortar, so each stone has to be chosen to fit the ones around it. The "
     "competition moves to a different farm every year, and the walls rebuilt on the day stay as field boundaries. "
     "This year 11 of the entrants were under 18, and the junior prize went to Tom Hesketh, 15. Calder wins 300 "
     "pounds and a silver cup. She said she had learned the craft from her grandfather and mends about a mile of wall "
     "on her own farm each winter."),
    ("yo02", "https://www.marshlandnews.example/brackenford-ploughing-match", "Marshland News",
     "Teenager is first woman in 40 years to win Brackenford horse ploughing",
     "Ellen Thwaite, 19, has become the first woman in 40 years to win the horse class at the Brackenford ploughing "
     "match, now in its 70th year. She ploughed with two borrowed Shire horses, Duke and Major. In all 64 ploughmen "
     "and women competed, 11 of them with horses and the rest with tractors, vintage and modern. Each entrant has to "
     "plough a plot of about a quarter of an acre, and the judges look at how straight the furrows run and whether "
     "they are an even six inches deep. Heavy rain on Saturday morning made the clay soil sticky, and two tractors had "
     "to be pulled out of the mud. About 3,500 people came to watch, fewer than the 5,000 of last year. Thwaite said "
     "she would use her 200-pound prize to pay for her own harness."),
    ("yo03", "https://www.gastronomia.example/montecalvo-white-truffle-auction", "Gastronomia",
     "White truffle of 820 grams sells for 96,000 euros at Montecalvo",
     "A white truffle weighing 820 grams, found by a 67-year-old hunter, Luigi Ferro, and his dog Brina in woods near "
     "Montecalvo Alto, sold for 96,000 euros at the town's charity auction on Sunday. The buyer, a restaurant group in "
     "Singapore, bid by telephone. Last year's top lot weighed 540 grams and fetched 61,000 euros. Ferro said Brina, a "
     "six-year-old Lagotto, had started digging at the foot of an oak and that he had finished the job with a small "
     "spade so as not to damage the truffle. White truffles cannot be farmed and grow only in the wild. A dry summer "
     "has made them scarce this year, and prices at the town's weekly market have risen by about 40%. The auction "
     "gives 10% of the money to the local hospital, and the rest goes to the finder."),
    ("yo04", "https://www.fenlandherald.example/copplestone-snail-race", "Fenland Herald",
     "Snail named Pip wins Copplestone race in 2 minutes 48 seconds",
     "A garden snail called Pip, owned by eight-year-old Ava Moran, won the annual snail race at Copplestone Green on "
     "Saturday, crossing the 33-centimetre course in 2 minutes and 48 seconds. The race is run on a damp cloth laid "
     "over a table, with an inner circle where the snails start and an outer circle that marks the finish. There were "
     "180 snails entered, in heats of 15, and the fastest of each heat went through to the final. The course record, "
     "set in 1995, is two minutes. Race master Derek Pye said the cold weather had slowed the snails down. All of them "
     "are returned to the gardens where they were found. Pip's prize was a silver tankard filled with lettuce leaves. "
     "The race is part of the village fete, which raised 2,300 pounds for the church roof."),
    ("yo05", "https://www.coastlinepress.example/porthlenna-sandcastle-contest", "Coastline Press",
     "Family of four wins Porthlenna sandcastle contest before the tide",
     "A family of four from Trevellan has won the sandcastle competition on Porthlenna beach with a castle 2.1 metres "
     "tall, complete with a moat and a drawbridge made of driftwood. Thirty-eight teams took part on Sunday, and each "
     "had three hours to build before the tide came in. Entries may use only sand, water, shells and things washed up "
     "on the beach. The judge, the sculptor Martha Quenby, said the winners had packed the wet sand into buckets with "
     "no bottoms to build the towers in layers. Second place went to a team of lifeguards who built a sea serpent 14 "
     "metres long, and third to a school class that made a sleeping dragon. Entry was free, and the organisers "
     "collected 860 pounds for the lifeboat station. By early evening the sea had washed everything away."),
    ("yo06", "https://www.harnbyparish.example/st-ethelred-rethatched", "Harnby Parish News",
     "St Ethelred's church at Little Harnby gets a new thatched roof",
     "The church of St Ethelred at Little Harnby has been given a new thatched roof, the first since 1989. Thatcher "
     "Martin Pell, 58, and his apprentice spent 14 weeks laying about 4,200 bundles of water reed, which were cut in "
     "the marshes a few miles away. The ridge was finished in sedge, a softer plant that can be bent over the top. The "
     "work cost 118,000 pounds, of which 70% came from a heritage grant and the rest from the parish. Pell said a good "
     "water reed roof could last 40 years, but that the old one had been let down by moss and by birds pulling out "
     "the reed to build nests. A wire net now covers the new thatch to keep birds off. The church, which has a round "
     "tower, will hold a service of thanks on Sunday."),
    ("yo07", "https://www.weeklyanvil.example/tinsley-cross-marbles", "Weekly Anvil",
     "German team wins marbles championship at Tinsley Cross",
     "A team from Bremen has won the marbles championship at the Tinsley Cross pub, ending a run of four wins by "
     "teams from the host county. Twenty-two teams of six took part on Saturday. Players kneel at the edge of a "
     "ring six feet wide and flick their marble with the thumb, trying to knock 49 small marbles out of the ring. "
     "The Bremen team beat the Tinsley Tigers 31 to 18 in the final. The individual title went to Ruby Oates, 15, "
     "who is the youngest winner in the contest's history. The championship has been held at the pub since 1932, "
     "and the landlord, Glyn Farrar, said the ring was swept and sanded each morning before play. Entry cost 12 "
     "pounds a team, and the prize is a pewter plate and a barrel of beer."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]

CONTENT_FREE: list[tuple[str, str]] = [
    ("yb01", "Harrowgate Insurance: the quarter in figures."),
    ("yb02", "Text size: A A A."),
    ("yb03", "Tap to expand the chart."),
    ("yb04", "Photo gallery: 12 images."),
    ("yb05", "Report a correction."),
    ("yb06", "Save this article for later."),
    ("yb07", "Copy link."),
    ("yb08", "Sponsored content."),
    ("yb09", "Open in the app."),
    ("yo01", "From our archive."),
    ("yo04", "Snails."),
    ("yo06", "Little Harnby, in pictures."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (one thread each, --n_ctx 8192), json_object, prompt version llm-3,
# date 2026-12-05, --timeout 450, machine at load 11-24. eval16-smollm2_raw.jsonl holds four editions in this order
# (call numbers restart in each; times UTC): 1 yb01-yb05 + yo01 (13 calls), 2 yb06-yb10 + yo02 (13) and 3 yo03-yo07 +
# yb04 + yb09 (5), these three started together at 20:23 and ended at 21:03, 21:00 and 20:44; 4 yb02 + yb04 + yb06 +
# yo03 + yo05 (4 calls, 20:47-21:00). Edition 3 ran with the writer's default streamed requests, the others with
# TOPLINE_LLM_STREAM=false; every edition ran to its end. 33 of the 35 recorded calls (23 story, 7 repair, 5 signals)
# were answered; two signals calls got none: edition 2's last ("LLMFailure: timeout: no answer within the deadline of
# 450 s"; its server finished the answer after 526 s, 174 s of them reading the 729-token prompt, and logged no POST for
# it) and edition 3's last (the same error; streamed, its server logged the POST as 200 and then "Disconnected from
# client"). The servers logged 34 POSTs, all 200. Only yb01, yb03, yb05-yb10 and yo06 were shown to the model: the
# editions put the other eight articles in no category. A sentence is listed once, at its first answer; repeats,
# near-repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, yb03)
    ("yb03", "The engineering group Pellworth plans to raise 900 million pounds by offering its shareholders two new "
             "shares for every seven they own at 180 pence each, a 38% discount to Thursday's closing price of 290 "
             "pence.", S),
    ("yb03", "The Meriden Trust pension fund, Pellworth's largest shareholder with 12%, has said it will take up all of "
             "its rights.", S),
    ("yb03", "A new loan to the Meriden Trust is expected to be paid off in 2027.", ACT),
    # edition 1, call 2 (story, yb01)
    ("yb01", "Capital & Industrial Strategy", CF),
    ("yb01", "Harrowgate Insurance said on Thursday that its combined ratio, the share of premiums paid out in claims "
             "and costs, rose to 97.4% in the first nine months of the year from 92.1%, while Catastrophe losses "
             "reached 610 million euros.", S),
    ("yb01", "Gross written premiums grew 8% to 1.05 billion euros, helped by motor insurance prices that Renata Kovac "
             "raised by 11% on average.", FIG),
    ("yb01", "Catastrophe losses reached 610 million EUR.", S),
    # edition 1, call 3 (repair, yb01)
    # left out 'Harrowgate Insurance said on Thursday that its combined ratio'... 'from 92.1% a year earlier.': a
    # near-repeat of call 2's second sentence (a clause dropped)
    # edition 1, call 4 (story, yb05)
    ("yb05", "Drivers and station staff at EastLine have accepted a pay deal that gives them 4.5% this year, 3.5% in "
             "2027 and 3.5% in 2028.", FIG),
    # left out '...': a repeat of the placeholder
    # edition 1, call 5 (repair, yb05)
    ("yb05", "Drivers and station staff at Eastline Rail have accepted a pay deal that gives them 4.5% this year, 3.5% "
             "in 2027 and 3% in 2028, ending a dispute in which they held nine days of strikes since June.", S),
    ("yb05", "Members of the Transport and Rail Workers' Union voted 71% in favour on a turnout of 64% last night.", FIG),
    ("yb05", "The vote was ahead of their previous day's meeting with the union leaders.", CLAIM),
    ("yb05", "They are now expected to meet next week at a meeting of the National Union of Transport Workers.", CLAIM),
    # edition 1, call 6 (signals, yb01 + yb03 + yb05)
    # left out 'The engineering group Pellworth plans to raise 900 million pounds'... 'a 38% discount.': a near-repeat
    # of call 1's first sentence (a clause dropped)
    # edition 1, call 7 (story, yb05)
    ("yb05", "The EastLumina Corporation has agreed to pay a $1.2 billion compensation package to the 390,000-strong "
             "Transport and Rail Workers' Union of Australia for their role in the Eastlund Railway's three-year "
             "strike against the Australian government last year.", CLAIM),
    # left out 'The Eastlund Railway has agreed to pay a $1.2 billion compensation package'...: a near-repeat of the
    # sentence before (another subject)
    # edition 1, call 8 (story, yb05): only a repeat of call 7's second sentence
    # edition 1, call 9 (story, yb01)
    # left out 'Harrowgate Insurance said on Thursday that its combined ratio'... 'well above the 380 million it had set
    # aside for the period, after hailstorms in northern Italy in July and floods in Slovenia in September.': call 2's
    # second sentence with clauses added
    ("yb01", "Catastrophe losses exceeded 7 billion euros.", FIG),
    # edition 1, call 10 (story, yb01)
    # left out the two sentences of call 9: repeats
    ("yb01", "Harcourt said Catastrophe losses surpassed 1 trillion euros.", FIG),
    # edition 1, call 11 (story, yb03)
    # left out a repeat of call 1's first sentence
    ("yb03", "Pillow's largest shareholder with 12%, Meriden Trust Pension Fund, Pellworth's largest shareholder with "
             "12% of the company's total assets.", FIG),
    ("yb03", "The company will take up all of its rights.", ACT),
    # edition 1, call 12 (story, yb03): only repeats of call 11
    # edition 1, call 13 (signals, yb01 + yb03 + yb05)
    # left out 'Drivers and station staff at Eastline Rail have accepted a pay deal'... '3.5% in 2028.': a near-repeat
    # of call 4 ('Eastline Rail' for 'EastLine')
    # edition 2, call 1 (story, yb07)
    ("yb07", "Brennard Chemicals cuts final dividend to 12 cents as profit slides", S),
    ("yb07", "The company has cut its last share in 4 years.", CLAIM),
    ("yb07", "It will close two of its three crackers next year.", S),
    ("yb07", "The company is expected to pay out 40% of its earnings as dividends, instead of trying to raise the "
             "payout every year.", S),
    # edition 2, call 2 (repair, yb07)
    ("yb07", "Its shares rose 2% on Wednesday, as many investors had expected a bigger cut.", S),
    # edition 2, call 3 (story, yb08)
    ("yb08", "Corran Ratings has cut Velta Telecom's credit rating by two notches, to BB+ from BBB, which takes the "
             "company below investment grade.", S),
    ("yb08", "...", CF),
    ("yb08", "Corran gave the rating a negative outlook, meaning a further cut is possible.", S),
    ("yb08", "The agency said Velta has borrowed heavily to pay for its 3.8 billion euro purchase of Linmoor Fibre.",
     S),
    # edition 2, call 4 (repair, yb08): only a repeat of call 3's third sentence
    # edition 2, call 5 (story, yb10)
    ("yb10", "The Central Bank of Valdora kept its main interest rate at 4.25% on Thursday, but the decision was "
             "close: five members voted to hold while four wanted a cut.", S),
    ("yb10", "Cabal of the Bank of Valdora", CF),
    # left out 'The Central Bank of Valdora held its main interest rate at 4.25% on Thursday'...: a near-repeat of the
    # first sentence ('held' for 'kept')
    ("yb10", "The Central Bank of Valdora has been able to keep its interest rate at 4.25% for several years now, but "
             "it is still not as high as it was in 2017.", FIG),
    # edition 2, call 6 (story, yb10): only repeats of call 5
    # edition 2, call 7 (signals, yb07 + yb08 + yb10)
    # left out 'Brennard Chemicals cuts final dividend to 12 cents as profit slides.': a repeat of call 1's title
    ("yb07", "The BNBA has cut the final dividend of 12 cents from a $5.3 billion contract with VTL, which is expected "
             "to be sold at auction next week.", MERGE, ("yb08",)),
    ("yb08", "Corran Ratings has cut VTL's main interest rate by 4% in 5-4 vote.", MERGE, ("yb10",)),
    # edition 2, call 8 (story, yb10)
    ("yb10", "The Central Bank of Valdora kept its main interest rate at 4.25% on Thursday, but the decision was "
             "close: five members voted to hold while four wanted a cut from 3.1%, and two others did not vote for a "
             "cut.", FIG),
    ("yb10", "The bank last moved in June, when it cut the rate from 4.5%.", S),
    ("yb10", "Inflation slowed to 3.1% in November from 3.4%, still above the target of 0.9%.", FIG),
    ("yb10", "The bank cut its forecast for economic growth next year to 0.9%.", S),
    ("yb10", "The Bank did not have a plan to reduce inflation.", CLAIM),
    # edition 2, call 9 (repair, yb10)
    # left out 'The Central Bank of Valdora kept its main interest rate at 4.25% on Thursday'... 'four wanted a cut to
    # 4%, and four decided to keep their vote.': a near-repeat of call 5's first sentence with a clause added that
    # says nothing one can check ('four decided to keep their vote'); ambiguous against the article
    # edition 2, call 10 (story, yb08)
    # left out 'Corran Ratings has cut Velta Telecom's credit rating by two notches, to BB+ from BBB.' and '...': a
    # near-repeat of call 3 (a clause dropped) and the placeholder
    # edition 2, calls 11 and 12 (story, yb07): only the placeholder
    # edition 2, call 13 (signals, yb07 + yb08 + yb10): no answer ("LLMFailure: timeout: no answer within the
    # deadline of 450 s", recorded as its error)
    # edition 3, call 1 (story, yo06)
    ("yo06", "The church of St Ethelred at Little Harnby has been given a new thatched roof, the first since 1989.", S),
    # left out '...': a repeat of the placeholder (edition 2, call 3)
    ("yo06", "The ridge was finished in sedge, a softer plant that can be bent over the top.", S),
    # edition 3, call 2 (repair, yo06)
    ("yo06", "Pell said a good water reed roof could last 40 years, but that the old one had been let down by moss and "
             "birds pulling out the reed to build nests.", S),
    # edition 3, call 3 (story, yb09)
    ("yb09", "North Weald Hospitals, which runs three hospitals in the county, said its waiting list for planned "
             "treatment had fallen to 61,200 patients at the end of November, from 68,900 a year earlier.", S),
    ("yb09", "The group opened 120 beds over the year, taking its total to 1,480, and said 6,400 patients had been "
             "treated at weekend clinics since April.", S),
    ("yb09", "The North Weald Hospitals", CF),
    # edition 3, call 4 (story, yb09): only repeats of call 3
    # edition 3, call 5 (signals, yo06 + yb09): no answer ("LLMFailure: timeout: no answer within the deadline of
    # 450 s", recorded as its error)
    # edition 4, call 1 (story, yb06)
    ("yb06", "An outage at Calloway Broadband left 2.3 million of its 5.1 million home customers without internet for "
             "14 hours on Tuesday, from 6.40 in the morning until 8.40 in the evening.", S),
    ("yb06", "The telecoms regulator said it had opened an investigation.", S),
    ("yb06", "Calloway's mobile network has not been affected by a faulty software update to its core routers, which "
             "is why 90% of the service remains unaffected.", CAUSE),
    ("yb06", "Calloway has also reported that there are no more outages in the past three hours.", CLAIM),
    # edition 4, call 2 (story, yb06)
    # left out 'An outage at Calloway Broadband left 2.3 million'...: a repeat of call 1
    ("yb06", "Calloway said the cause was a faulty software update to its core routers that ran over the same network "
             "and could not be connected to the internet for 15 hours, but it is now investigating the issue of the "
             "malfunctioning of the router.", FIG),
    # edition 4, call 3 (story, yb06)
    # left out a repeat of call 1's first sentence and two near-repeats of call 2's second ('the issue of
    # malfunctioning of the router', 'of router')
    ("yb06", "Calloway has announced plans to upgrade its mobile network with a new wireless broadband solution.",
     CLAIM),
    # edition 4, call 4 (repair, yb06)
    ("yb06", "Calloway said the cause was a faulty software update to its core routers, and that its mobile network "
             "had not been affected.", S),
    ("yb06", "The fix is now available on the internet.", CLAIM),
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="f", split="evaluation16",
                                      raw_name="eval16-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval16", arts, rows, problems, (("business and tech articles", "yb"), ("others", "yo")))


if __name__ == "__main__":
    main()
