"""Build the fifteenth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval15-articles.jsonl and eval15-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it once before and once after the round's changes, by the lead).

    python benchmarks/make_support_eval15.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Ten articles are business and tech news of the kind Topline reads, in shapes the earlier parts used less
(xb01-xb10): a homeware retailer's like-for-like sales and gross margin, a hotel group's occupancy, room rate and
revenue per available room, a cash-and-shares takeover at a premium, a bond issue with its coupon, tenor and spread,
a share buyback paused part-way, a chief executive's exit with a severance figure, a trade-secrets damages award cut on
appeal, a car price cut by a percentage and by an amount, a factory closure with the jobs gained and lost by site and a
streaming subscription price rise. Seven are on topics no earlier part uses (xo01-xo07; the earlier articles were
searched for the topic words): native oysters put on a restored estuary reef, a medieval tapestry restored, a violin
found in an attic and sold at auction, a national jigsaw championship, a balloon fiesta grounded by wind, a conker
championship and a coracle regatta.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said", voice changed, clauses reordered, a speaker named by role in one place and by name in another,
synonyms and other verbs for the same act, figures restated or rounded, and analysis sentences (``kind`` "analysis")
that only combine or compute from what one passage of the cited article says (differences, totals, shares, a price
before a stated cut or rise, a rate a year earlier). Each is fully supported by one passage (a sentence and its
neighbours) of a cited article, checked by reading. Unsupported sentences (origin "planted"): every error kind, with
shapes beside the earlier parts' (a like-for-like rise made a fall; a margin's before and after swapped; a like-for-like
percentage given to total sales; the best and worst hotel markets swapped; the cash and share parts of an offer
swapped; a premium made a discount; the acquirer's and target's shareholders swapped; a bond's tenor given the loan's;
a spread's first and final levels swapped; the part of a buyback spent and the part left swapped; a severance of 18
months made 12; options kept and shares given up swapped; an award cut on appeal made raised; the punitive part of an
award given the compensatory figure; two models' price cuts swapped; the jobs gained at two sites swapped; a closing
site swapped with a receiving one; an advertising plan's rise doubled; a premium plan that stays put made to rise; an
analysis sentence whose computation is wrong (kind "analysis"); page furniture no earlier part used). Real
SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their
raw answers are in eval15-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split
"evaluation15"; ids "i0001"... (the earlier parts' sentence ids use s, k, m, v, w, x, y, z, u, r, o, h, g, e, d and c).
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
           "eval14-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl")
EARLIER_IDS = "skmvwxyzurohgedc"   # id prefixes of the earlier parts' sentences
# (their article ids: a, c, d, e, t, f, g, h, p, q, b, n, j, l, ib, io, kb, ko, sb, so, mb, mo, vb, vo, wb, wo; this
# part's: xb, xo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "xb01": [
        ("Marlowe Home's like-for-like sales grew 3.2% in the half year to 29 November.", S),
        ("The homeware chain's gross margin fell to 41.5% from 43.0%, because it had discounted furniture to clear "
         "stock.", S),
        ("Like-for-like figures exclude shops that were opened or closed over the past year, Marlowe explained.", S),
        ("Eleven new stores helped lift Marlowe's total sales by 5.8% to 612 million pounds.", S),
        ("Online orders accounted for 34% of Marlowe's sales, up from 31% a year earlier.", S),
        ("Marlowe's pre-tax profit dropped 18% to 37 million pounds.", S),
        ("Imogen Strand, Marlowe's chief executive, said the markdowns had ended and that cheaper freight would help "
         "the margin recover in the second half.", S),
        ("The retailer stuck to its forecast of 95 million to 105 million pounds of profit for the full year.", S),
        ("Marlowe shares lost 6%, to 3.40 pounds.", S),
        ("Before its financial year ends in May, Marlowe plans to open eight more stores, all on retail parks.", S),
        ("Marlowe's gross margin narrowed by 1.5 percentage points.", S, (), AN),
        ("Online orders brought in about 208 million pounds of Marlowe's sales in the half year.", S, (), AN),
        ("Like-for-like sales at Marlowe Home fell 3.2% in the 26 weeks to 29 November.", DIR),
        ("Marlowe's gross margin widened to 43.0% from 41.5%.", DIR),
        ("Marlowe's total sales rose 3.2% to 612 million pounds.", FIG),
        ("Marlowe's pre-tax profit fell 18% to 73 million pounds.", FIG),
        ("Marlowe raised its full-year profit forecast to between 95 and 105 million pounds.", DIR),
        ("Imogen Strand said freight costs had risen and would squeeze the margin in the second half.", DIR),
        ("Marlowe marked down its furniture because a rival had started a price war.", CAUSE),
        ("Marlowe will close eight stores on retail parks before May.", DIR),
        ("Online orders made up almost half of Marlowe's sales.", FIG),
        ("Marlowe also plans to launch a furniture rental service.", CLAIM),
        ("Marlowe's like-for-like growth shows that shoppers are spending more on their homes again.", GEN),
        ("Marlowe's total sales a year earlier had been about 650 million pounds.", FIG, (), AN),
        ("Marlowe Home's shares fell 6% after Ravensby Hotels said its Christmas bookings were 4% ahead.", MERGE,
         ("xb02",)),
    ],
    "xb02": [
        ("Ravensby Hotels' occupancy rose to 78% in the third quarter from 74% a year before.", S),
        ("The group's average room rate climbed 5% to 142 euros a night.", S),
        ("Revenue per available room, a measure that combines occupancy and price, increased 11% to 111 euros.", S),
        ("Occupancy reached 86% at Ravensby's hotels in Lisbon and Porto, its best performers.", S),
        ("In Germany, where fewer trade fairs took place, Ravensby's city hotels were 69% full.", S),
        ("Ravensby's quarterly revenue was up 9% at 268 million euros.", S),
        ("Mattias Lund, the chief executive, said Christmas bookings were running 4% ahead of last year.", S),
        ("Ravensby, which has 96 hotels and 14,300 rooms, will open six hotels next year, including its first in "
         "Seville.", S),
        ("The group plans to sell two of the three hotels it owns in Brussels.", S),
        ("Ravensby's shares gained 3%.", S),
        ("Ravensby's occupancy rate was 4 percentage points higher than a year earlier.", S, (), AN),
        ("A year earlier Ravensby charged roughly 135 euros a night on average.", S, (), AN),
        ("Ravensby's hotels in Lisbon and Porto were 17 points fuller than its city hotels in Germany.", S, (), AN),
        ("Ravensby Hotels filled 74% of its rooms in the third quarter, down from 78%.", DIR),
        ("Ravensby's average room rate rose 11% to 142 euros.", FIG),
        ("Revenue per available room rose 5% to 111 euros.", FIG),
        ("Ravensby's German city hotels did best, with occupancy of 86%.", ACT),
        ("More trade fairs filled Ravensby's hotels in Germany.", DIR),
        ("Ravensby will sell all three of its hotels in Brussels.", FIG),
        ("Ravensby will close six hotels next year.", DIR),
        ("Mattias Lund said bookings for Christmas were 4% behind last year.", DIR),
        ("Ravensby's room rates rose because a new tourist tax was passed on to guests.", CAUSE),
        ("Ravensby plans to buy a rival hotel chain in Spain.", CLAIM),
        ("Ravensby's results show that European travel has fully recovered.", GEN),
        ("Ravensby will run 108 hotels once next year's openings are done.", FIG, (), AN),
    ],
    "xb03": [
        ("Kestrel Foods will buy the cheese maker Norlan Dairies in a deal worth 1.26 billion pounds.", S),
        ("For each Norlan share, investors will get 180 pence in cash plus 0.25 of a new Kestrel share.", S),
        ("Based on Kestrel's closing price of 9.60 pounds on Friday, the offer is worth 420 pence a share.", S),
        ("The offer is 40% above the 300 pence Norlan's shares traded at before Kestrel's interest became public on 13 "
         "November.", S),
        ("Norlan's shareholders will end up owning about 16% of the combined company.", S),
        ("Having rejected two lower approaches in October, Norlan's board will recommend this offer.", S),
        ("Daniel Achebe, Kestrel's chief executive, expects yearly cost savings of 45 million pounds by 2029, mainly "
         "from combining distribution.", S),
        ("A bank loan will fund the cash element of the deal.", S),
        ("The competition authority has to approve the takeover, which Kestrel and Norlan hope to finish between April "
         "and June next year.", S),
        ("Kestrel is offering Norlan's shareholders a mix of cash and its own shares.", S),
        ("The share part of Kestrel's offer is worth 240 pence for each Norlan share.", S, (), AN),
        ("The offer values each Norlan share 120 pence above its price before 13 November.", S, (), AN),
        ("Norlan Dairies has agreed to buy Kestrel Foods for 1.26 billion pounds.", ACT),
        ("Norlan shareholders will receive 240 pence in cash and 0.18 new Kestrel shares for each share.", FIG),
        ("Kestrel's offer is a 40% discount to Norlan's share price.", DIR),
        ("Kestrel's shareholders will own about 16% of the enlarged company.", ACT),
        ("Norlan's board rejected Kestrel's offer.", DIR),
        ("Kestrel will pay for the cash part by selling new shares to investors.", CLAIM),
        ("The takeover would save 45 million pounds a year by 2026.", FIG),
        ("Kestrel's interest in Norlan became public on 31 November.", FIG),
        ("Norlan's board backed the offer because Kestrel promised to keep all of its dairies open.", CAUSE),
        ("Kestrel expects to cut 400 jobs after the takeover.", CLAIM),
        ("The takeover shows that small cheese makers can no longer survive alone.", GEN),
        ("The cash part makes up more than half of the offer's value.", FIG, (), AN),
        ("Kestrel Foods will pay for Norlan Dairies with the money from a 750 million pound bond sold on Tuesday.",
         MERGE, ("xb04",)),
    ],
    "xb04": [
        ("Tavenor Water raised 750 million pounds from a bond sale on Tuesday.", S),
        ("The 12-year bonds, which mature in 2038, carry a yearly coupon of 5.875%.", S),
        ("Orders from investors came to 3.1 billion pounds, over four times the size of the sale.", S),
        ("Strong demand allowed the utility to price the bonds 1.6 percentage points over the yield on government "
         "debt, lower than the 1.9 points it first indicated.", S),
        ("Tavenor will use the money to repay a 500 million pound bond due in March and to build new storm-water "
         "tanks.", S),
        ("Chloe Barrington, the finance director, said the orders showed investors' trust in the spending plan the "
         "regulator approved last year.", S),
        ("Separately, Tavenor has agreed a 20-year loan of 300 million pounds from the European Investment Fund.", S),
        ("Tavenor's debt is rated BBB+ by two agencies.", S),
        ("When Tavenor last sold bonds, in May 2025, the coupon was 6.25%.", S),
        ("Tavenor will pay about 44 million pounds a year in interest on the new bonds.", S, (), AN),
        ("Investors offered 2.35 billion pounds more than the 750 million pounds Tavenor sold.", S, (), AN),
        ("Tavenor priced the bonds 0.3 percentage points below the spread over government debt it first "
         "suggested.", S, (), AN),
        ("Tavenor Water sold 750 million pounds of bonds paying a coupon of 6.25%.", FIG),
        ("Tavenor's new bonds mature in 20 years.", FIG),
        ("Investors placed orders for 3.1 billion pounds, less than the amount Tavenor offered.", DIR),
        ("Tavenor had to price the bonds at 1.9 percentage points above government debt, more than it first "
         "suggested.", DIR),
        ("The European Investment Fund has agreed to lend Tavenor 750 million pounds.", FIG),
        ("The regulator said the demand showed investors trusted Tavenor's spending plan.", ACT),
        ("Tavenor will use the money to pay a dividend to its owners.", CLAIM),
        ("Tavenor had to pay a higher coupon because its credit rating had been cut.", CAUSE),
        ("One agency rates Tavenor's debt BBB+ and the other BBB.", FIG),
        ("The 500 million pound bond that Tavenor is repaying falls due in May.", FIG),
        ("The sale shows that investors have stopped worrying about the water industry's debts.", GEN),
        ("Tavenor will pay about 58 million pounds a year in interest on the new bonds.", FIG, (), AN),
    ],
    "xb05": [
        ("Halvard Minerals has paused its share buyback following a drop in the copper price.", S),
        ("The miner had intended to repurchase 1 billion dollars of its shares this year.", S),
        ("So far Halvard has spent 620 million dollars on about 41 million shares, at an average price of 15.10 "
         "dollars.", S),
        ("Greta Lindqvist, the chief financial officer, said the 380 million dollars left would be used to reduce "
         "debt.", S),
        ("Halvard's board will decide in February whether the buyback resumes.", S),
        ("The price of copper is down 14% since August.", S),
        ("Halvard's third-quarter earnings before interest, tax, depreciation and amortisation fell by 22%, to 1.9 "
         "billion dollars.", S),
        ("Net debt at Halvard climbed to 6.8 billion dollars.", S),
        ("Halvard's quarterly dividend of 25 cents a share will still be paid on 15 January.", S),
        ("Corvan and Westridge, two other miners, are pressing on with their buybacks.", S),
        ("Halvard's shares lost 4% in Toronto.", S),
        ("Halvard had used 62% of its planned buyback before pausing it.", S, (), AN),
        ("A year earlier, Halvard's quarterly earnings before interest, tax, depreciation and amortisation had been "
         "about 2.4 billion dollars.", S, (), AN),
        ("Halvard Minerals has restarted its share buyback.", DIR),
        ("Halvard has spent 380 million dollars on buybacks so far.", FIG),
        ("Halvard will put the remaining 620 million dollars towards paying down debt.", FIG),
        ("Halvard bought about 41 million shares at an average of 16.10 dollars.", FIG),
        ("Halvard paused its buyback after its net debt fell to 6.8 billion dollars.", DIR),
        ("Halvard will cut its quarterly dividend to 25 cents a share.", CLAIM),
        ("Corvan and Westridge have also paused their buybacks.", DIR),
        ("Corvan's chief financial officer said the remaining money would go to paying down debt.", ACT),
        ("Halvard's shares rose 4% in Toronto.", DIR),
        ("Copper prices fell because Chinese demand weakened.", CAUSE),
        ("The pause shows that miners will put debt before shareholders until copper recovers.", GEN),
        ("Halvard had used about a third of its planned buyback before pausing it.", FIG, (), AN),
        ("Halvard Minerals paused its buyback after its chief executive left with a 2.4 million pound payment.",
         MERGE, ("xb06",)),
    ],
    "xb06": [
        ("Orrin Logistics' chief executive Paul Meridew is stepping down after four years.", S),
        ("Meridew will get 2.4 million pounds in severance, the equivalent of 18 months of salary and benefits.", S),
        ("The parcel carrier's board called his departure a mutual decision.", S),
        ("Over the past year Orrin lost two big retail customers and its share price fell by half.", S),
        ("Beatrix Olawale, the chairwoman, will serve as executive chair until a successor is found.", S),
        ("Orrin's board has brought in a search firm to find a new chief executive.", S),
        ("Meridew keeps shares worth about 900,000 pounds from a long-term bonus plan.", S),
        ("He will forfeit options worth about 1.5 million pounds.", S),
        ("The Shareholder Voice group criticised the payout, saying Meridew should not be rewarded for the fall in "
         "Orrin's value.", S),
        ("Orrin said the terms of Meridew's contract set the payment and could not be changed.", S),
        ("Orrin shares gained 5% after the announcement.", S),
        ("Meridew's severance works out at about 133,000 pounds for each month of salary and benefits.", S, (), AN),
        ("The options Meridew gives up are worth about 600,000 pounds more than the shares he keeps.", S, (), AN),
        ("Paul Meridew will receive a severance payment of 4.2 million pounds.", FIG),
        ("Meridew's payment equals 12 months of his salary and benefits.", FIG),
        ("Orrin's board said it had dismissed Meridew.", CLAIM),
        ("Beatrix Olawale has been named Orrin's new chief executive.", CLAIM),
        ("Meridew will keep options worth about 1.5 million pounds and give up shares worth 900,000 pounds.", DIR),
        ("Orrin's shares fell 5% on the news of Meridew's exit.", DIR),
        ("Shareholder Voice said the payment followed the terms of Meridew's contract.", ACT),
        ("Meridew is leaving because Orrin lost two large retail customers.", CAUSE),
        ("Orrin won two large retail customers this year.", DIR),
        ("Meridew will join a rival carrier next year.", CLAIM),
        ("Meridew's exit shows that boards are losing patience with chief executives across the parcel industry.",
         GEN),
        ("Meridew's severance works out at about 200,000 pounds a month.", FIG, (), AN),
    ],
    "xb07": [
        ("Damages owed by Brightwater Pharma to Sollis Biotech were reduced on appeal from 212 million dollars to 64 "
         "million dollars.", S),
        ("Last year a Delmont jury ruled that Brightwater had used trade secrets belonging to Sollis to develop an "
         "eye-drop treatment.", S),
        ("Of the jury's 212 million dollar award, 140 million dollars was punitive damages.", S),
        ("The appeal judges agreed that Brightwater had taken Sollis's secrets.", S),
        ("But the judges ruled that the punitive damages were excessive and that the jury should not have counted "
         "sales outside the country.", S),
        ("Naomi Varga, Sollis's chief executive, said the company was disappointed and might take the case to the "
         "Supreme Court.", S),
        ("Brightwater maintained it had done nothing wrong and said it was studying the judgment.", S),
        ("Brightwater had put aside 80 million dollars to cover the case.", S),
        ("Clarivue, the eye-drop treatment in the case, sold 390 million dollars' worth last year.", S),
        ("The appeal court cut Sollis's award by 148 million dollars.", S, (), AN),
        ("Without the punitive damages, the jury's award would have been 72 million dollars.", S, (), AN),
        ("The appeal court raised the damages Brightwater must pay Sollis to 212 million dollars.", DIR),
        ("Sollis Biotech must pay Brightwater Pharma 64 million dollars.", ACT),
        ("The jury's award included 72 million dollars of punitive damages.", FIG),
        ("The appeal judges overturned the finding that Brightwater had taken Sollis's trade secrets.", DIR),
        ("Naomi Varga said Brightwater would take the case to the Supreme Court.", ACT),
        ("Brightwater admitted using Sollis's trade secrets.", DIR),
        ("Brightwater had set aside 64 million dollars for the case.", FIG),
        ("The Delmont jury reached its verdict this year.", FIG),
        ("Clarivue is a cream for skin conditions.", CLAIM),
        ("The judges cut the award because Sollis had waited too long to bring the case.", CAUSE),
        ("The ruling shows that juries in trade secret cases are far too generous.", GEN),
        ("The appeal court cut Sollis's award by more than 80%.", FIG, (), AN),
        ("Brightwater Pharma cut the price of Clarivue by 12% after the appeal ruling.", MERGE, ("xb08",)),
    ],
    "xb08": [
        ("Quillon Motors will sell its Vela electric hatchback for 30,800 euros from Monday, 4,200 euros less than "
         "before.", S),
        ("The cut to the Vela's price amounts to 12%.", S),
        ("The price of the Vela Long Range falls by 3,500 euros to 36,400 euros, a reduction of about 9%.", S),
        ("Cheaper batteries made the price cuts possible, Quillon said.", S),
        ("The carmaker hopes to win back customers who switched to lower-priced Chinese cars.", S),
        ("Buyers who ordered a Vela within the last 30 days will get the difference back.", S),
        ("Vela sales dropped 19% to 48,000 cars between January and October.", S),
        ("Ines Duarte, who heads sales, said Quillon would not lower prices again before the end of next year.", S),
        ("Last month Brantor, a rival, took 2,000 euros off the price of its small electric car.", S),
        ("Quillon's shares fell 2% in Milan.", S),
        ("Before the cut, the Vela cost 35,000 euros.", S, (), AN),
        ("The Vela Long Range previously cost 39,900 euros.", S, (), AN),
        ("After the cuts, the Long Range costs 5,600 euros more than the standard Vela.", S, (), AN),
        ("Quillon Motors is raising the price of its Vela hatchback by 4,200 euros.", DIR),
        ("The Vela's price will fall by 12% to 36,400 euros.", FIG),
        ("The Vela Long Range will cost 4,200 euros less.", FIG),
        ("Quillon said higher battery costs had forced it to cut prices.", DIR),
        ("Brantor cut the price of its small electric car by 4,200 euros last month.", FIG),
        ("Quillon cut the Vela's price after Brantor launched a cheaper model.", CAUSE),
        ("Vela sales rose 19% between January and October.", DIR),
        ("Ines Duarte said Quillon would cut prices again early next year.", DIR),
        ("Customers who ordered a Vela in the past 60 days will be refunded the difference.", FIG),
        ("Quillon will also cut the prices of its petrol models.", CLAIM),
        ("Price cuts like Quillon's show that Europe's carmakers are losing the electric car race to China.", GEN),
        ("Quillon's cut to the Vela is more than three times the size of Brantor's.", FIG, (), AN),
    ],
    "xb09": [
        ("Bellacre Foods plans to shut its Cranleigh Vale biscuit factory by next September, with the loss of 410 "
         "jobs.", S),
        ("Production will move to Bellacre's two other sites.", S),
        ("Ormside will take on most of the work and 150 new jobs, while Pelham will gain 60.", S),
        ("Overall, Bellacre expects a net loss of 200 jobs.", S),
        ("The Cranleigh Vale plant, opened in 1958, would need 35 million pounds of repairs to stay open, Bellacre "
         "said.", S),
        ("Bellacre said its other two sites had newer ovens.", S),
        ("Simon Frayne, the operations director, said Cranleigh Vale staff would be offered jobs at the other sites "
         "but that few were expected to move.", S),
        ("Bellacre's other two sites are 40 and 65 miles away from Cranleigh Vale.", S),
        ("The Bakers' Union vowed to fight the closure, calling it a betrayal of a town that had made biscuits for 70 "
         "years.", S),
        ("Bellacre, which employs 2,300 people, will also invest 22 million pounds in a new packing line at "
         "Ormside.", S),
        ("Ormside and Pelham will gain 210 jobs between them.", S, (), AN),
        ("Ormside will gain 90 more jobs than Pelham.", S, (), AN),
        ("Bellacre Foods will close its biscuit factory in Ormside.", ACT),
        ("Pelham will gain 150 jobs and Ormside 60.", ACT),
        ("Bellacre will cut 200 jobs at Cranleigh Vale.", FIG),
        ("The Cranleigh Vale plant opened in 1985.", FIG),
        ("Simon Frayne said most Cranleigh Vale staff were expected to move to the other sites.", DIR),
        ("The Bakers' Union welcomed Bellacre's closure plan.", DIR),
        ("Bellacre is closing the factory because sales of its biscuits have fallen.", CAUSE),
        ("Bellacre will spend 35 million pounds on a new packing line at Ormside.", FIG),
        ("Cranleigh Vale workers who move will receive a relocation payment.", CLAIM),
        ("The closure shows that Britain's food factories are too old to compete.", GEN),
        ("The closure will cut Bellacre's workforce by about a quarter.", FIG, (), AN),
        ("Bellacre Foods and Quillon Motors both blamed cheaper Chinese rivals for their cuts.", MERGE, ("xb08",)),
    ],
    "xb10": [
        ("Lumora's standard plan will cost 12.99 pounds a month from 1 January, a rise of 2 pounds.", S),
        ("It is the streaming service's second price rise in 14 months.", S),
        ("The plan with adverts rises by 1 pound to 6.99 pounds, while the premium plan remains at 17.99 pounds.", S),
        ("Current subscribers will start paying the higher prices from their first bill after 1 February.", S),
        ("Lumora said the extra money would fund more sport and new series made in Britain.", S),
        ("Lumora will spend 400 million pounds on British programmes next year, against 310 million pounds this "
         "year.", S),
        ("Lumora has 7.2 million subscribers in Britain, 45% of whom have the plan with adverts.", S),
        ("Aisha Bello, Lumora's managing director, said its standard plan would remain cheaper than those of its two "
         "biggest rivals.", S),
        ("According to the consumer group Fair Bills, households spend an average of 38 pounds a month on "
         "streaming.", S),
        ("The standard plan cost 10.99 pounds a month before the rise.", S, (), AN),
        ("Lumora's spending on British programmes will rise by 90 million pounds next year.", S, (), AN),
        ("About 3.2 million of Lumora's British subscribers are on the plan with adverts.", S, (), AN),
        ("After the rise, the premium plan will cost 5 pounds a month more than the standard plan.", S, (), AN),
        ("Lumora will cut the price of its standard plan by 2 pounds.", DIR),
        ("Lumora's standard plan will cost 12.99 pounds a month from 1 March.", FIG),
        ("The premium plan will rise to 17.99 pounds a month.", DIR),
        ("The plan with adverts will go up by 2 pounds to 6.99 pounds.", FIG),
        ("Fair Bills said Lumora's standard plan would still cost less than its rivals'.", ACT),
        ("Lumora has 7.2 million subscribers around the world.", CLAIM),
        ("Lumora will spend 310 million pounds on British programmes next year.", FIG),
        ("Lumora is raising prices because it lost subscribers this year.", CAUSE),
        ("Lumora will also add a cheaper plan for students.", CLAIM),
        ("Aisha Bello said households paid 38 pounds a month for streaming.", ACT),
        ("The price rise shows that the streaming market has stopped growing.", GEN),
        ("The standard plan's price rises by about a third.", FIG, (), AN),
        ("Lumora and Ravensby Hotels both said their customers would pay 5% more.", MERGE, ("xb02",)),
    ],
    "xo01": [
        ("The Brenmouth Estuary Trust has put 120,000 young native oysters on a reef in the estuary.", S),
        ("It is the biggest release of its kind in the county, the trust said.", S),
        ("The thumbnail-sized oysters spent two years growing in cages hanging from the harbour pontoons.", S),
        ("The reef was built this summer using 400 tonnes of scallop shells from local restaurants.", S),
        ("Overfishing and disease had wiped out the estuary's native oyster beds by the 1950s, although 30 boats had "
         "once dredged them.", S),
        ("Ruth Penhale, the project manager, said an adult oyster could filter as much as 200 litres of water a "
         "day.", S),
        ("The trust hopes to add 80,000 more oysters next year.", S),
        ("No one will be allowed to harvest the oysters for at least ten years.", S),
        ("Each adult oyster could filter up to 1,400 litres of water a week.", S, (), AN),
        ("Divers will check the reef four times a year.", S, (), AN),
        ("The trust has placed 80,000 young oysters on the reef.", FIG),
        ("The reef was built from 400 tonnes of oyster shells.", CLAIM),
        ("The oysters were grown for two years in tanks at a university.", CLAIM),
        ("Ruth Penhale said each oyster could filter up to 200 litres of water an hour.", FIG),
        ("Harvesting will be allowed again after five years.", FIG),
        ("The oyster beds were wiped out by pollution from farms.", CAUSE),
        ("Thirty boats still dredge oysters in the estuary.", CLAIM),
        ("Local restaurants built the reef this summer.", ACT),
        ("The project shows that the estuary's water is clean again.", GEN),
        ("The Brenmouth Estuary Trust paid for the oyster reef with 170,000 pounds from a heritage lottery grant.",
         MERGE, ("xo02",)),
    ],
    "xo02": [
        ("A stag hunt tapestry from the 15th century is on display again at Aldermoor Castle.", S),
        ("Its restoration took three years and cost 240,000 pounds.", S),
        ("The tapestry measures 7 metres by 4 metres.", S),
        ("It was taken down in 2022 because moths and damp had damaged about a fifth of it.", S),
        ("A Norwich studio washed the tapestry in a specially built bath and spent 11,000 hours mending it by "
         "hand.", S),
        ("The repairs used wool dyed to match the tapestry's faded colours.", S),
        ("Curator Jonah Feld said the tapestry had been hanging in the great hall since at least 1610, when an "
         "inventory of the owner's goods listed it.", S),
        ("A heritage lottery grant paid about 170,000 pounds of the cost, and visitors' donations covered the "
         "rest.", S),
        ("To protect the tapestry, the hall will be kept at a lower light level and a steady temperature.", S),
        ("The public can see the tapestry from Saturday.", S),
        ("The tapestry covers an area of 28 square metres.", S, (), AN),
        ("About four-fifths of the tapestry was undamaged.", S, (), AN),
        ("The restoration took four years and cost 240,000 pounds.", FIG),
        ("The tapestry shows a boar hunt.", CLAIM),
        ("Moths and damp damaged about half of the tapestry.", FIG),
        ("Conservators at the castle repaired the tapestry.", ACT),
        ("Jonah Feld said the tapestry was made in 1610.", FIG),
        ("The heritage lottery grant covered the whole cost of the restoration.", FIG),
        ("The hall will be kept brighter to show off the tapestry.", DIR),
        ("The tapestry was taken down after a visitor damaged it.", CAUSE),
        ("The restoration shows that old tapestries can always be saved.", GEN),
        ("The tapestry covers an area of 11 square metres.", FIG, (), AN),
    ],
    "xo03": [
        ("A violin discovered in a Stanbridge attic fetched 410,000 pounds at auction.", S),
        ("The sale price was more than four times the lower estimate of 100,000 pounds.", S),
        ("According to Hartigan's, the violin was made in 1721 in Paolo Venturi's workshop in Cremona.", S),
        ("The auction house's experts studied the varnish and the wood before confirming the label.", S),
        ("Gwen Addis, a retired nurse who owned the violin, said it had belonged to her great-uncle, a dance band "
         "player in the 1930s.", S),
        ("Nobody in her family had known what the violin was worth, Addis said.", S),
        ("A foundation that lends instruments to young musicians bought the violin, bidding by telephone.", S),
        ("Robert Quaile of Hartigan's said a crack in the violin's top, which needs repair, had kept the estimate "
         "down.", S),
        ("The price of 410,000 pounds includes a 25% buyer's fee.", S),
        ("Addis plans to give part of the money to the local youth orchestra.", S),
        ("The violin sold for 310,000 pounds more than its lower estimate.", S, (), AN),
        ("The violin sold for 100,000 pounds.", FIG),
        ("The violin was made in 1712.", FIG),
        ("Gwen Addis bought the violin at auction.", ACT),
        ("Hartigan's experts said the label was a fake.", DIR),
        ("A young musician bought the violin by telephone.", ACT),
        ("Addis's great-uncle played the violin in an orchestra in the 1950s.", FIG),
        ("The crack in the violin's top pushed the estimate up.", DIR),
        ("The family kept the violin in the attic because they feared it would be stolen.", CAUSE),
        ("The sale shows that many valuable instruments lie forgotten in attics.", GEN),
        ("Addis will give all of the money to the local youth orchestra.", FIG),
        ("The violin fetched about twice its lower estimate.", FIG, (), AN),
    ],
    "xo04": [
        ("Lydia and Rose Marchant, sisters from Halesworth, won the pairs event of the national jigsaw puzzle "
         "championship.", S),
        ("They finished a 500-piece puzzle in 48 minutes and 20 seconds, the quickest pairs time since the event "
         "started in 2015.", S),
        ("The sisters, aged 34 and 31, beat 62 other pairs in the final in Coventry.", S),
        ("All the teams did the same puzzle, a painting of a harbour, and saw the picture only when the final "
         "began.", S),
        ("A father and son from Tynemouth came second in 53 minutes and 5 seconds.", S),
        ("Arjun Mehta, 19, won the individual event, a 1,000-piece puzzle, in 1 hour and 52 minutes.", S),
        ("The Jigsaw Guild, which organises the championship, said 1,840 people entered this year's heats, double "
         "the number of two years ago.", S),
        ("The sisters will compete for the country at the world championship in Valladolid in September.", S),
        ("Sixty-three pairs took part in the final.", S, (), AN),
        ("About 920 people entered the heats two years ago.", S, (), AN),
        ("The Marchant sisters are three years apart in age.", S, (), AN),
        ("The sisters finished the puzzle in 53 minutes and 5 seconds.", FIG),
        ("The Marchants beat 62 other pairs at the final in Valladolid.", CLAIM),
        ("A father and son from Tynemouth won the pairs event.", ACT),
        ("Arjun Mehta won the individual event on a 500-piece puzzle.", FIG),
        ("The number of people entering the heats has halved in two years.", DIR),
        ("The teams were shown the harbour painting a week before the final.", CLAIM),
        ("The sisters won because they had practised on the same harbour painting.", CAUSE),
        ("The championship shows that jigsaw puzzles are more popular than ever.", GEN),
        ("The pairs event began in 2005.", FIG),
        ("About 3,700 people entered the heats two years ago.", FIG, (), AN),
    ],
    "xo05": [
        ("Only 18 of the 95 balloons at the Ashcombe fiesta took off for Saturday morning's mass launch because of "
         "strong winds.", S),
        ("With gusts of up to 30 miles an hour forecast, the organisers cancelled Saturday's evening launch and the "
         "night glow.", S),
        ("In the night glow, balloons fire their burners in time to music.", S),
        ("On Sunday, when the wind had dropped, 88 balloons rose at dawn in front of about 25,000 people.", S),
        ("Owen Castell, the flight director, said pilots had been told not to fly in winds stronger than 12 miles an "
         "hour.", S),
        ("Last year the fiesta, now in its 11th year, raised 64,000 pounds for the county's air ambulance.", S),
        ("A teapot-shaped balloon flown by a team from the Netherlands was photographed more than any other, the "
         "organisers said.", S),
        ("Entry to the fiesta is free, but parking costs 10 pounds per car.", S),
        ("On Saturday morning 77 of the 95 balloons stayed on the ground.", S, (), AN),
        ("Only 18 of the 95 balloons took off on Sunday.", FIG),
        ("Strong winds grounded 88 balloons on Saturday morning.", FIG),
        ("The organisers cancelled Sunday's dawn launch.", FIG),
        ("Pilots were told not to fly in winds above 30 miles an hour.", FIG),
        ("About 25,000 people watched the night glow.", CLAIM),
        ("The fiesta raised 64,000 pounds for the air ambulance this year.", FIG),
        ("A balloon shaped like a teapot, flown by a British team, was the most photographed.", ACT),
        ("Entry to the fiesta costs 10 pounds.", FIG),
        ("The organisers moved the launch because the field was flooded.", CAUSE),
        ("The fiesta shows that balloon events depend too much on the weather to survive.", GEN),
        ("Fewer than one in ten of the balloons took off on Saturday morning.", FIG, (), AN),
    ],
    "xo06": [
        ("Dennis Hollin, a retired baker aged 72, is the new world conker champion.", S),
        ("He beat a 23-year-old student in an 11-minute final at Ashton Mere.", S),
        ("Hollin, who entered the contest for the first time in 1985, said his conker survived six rounds "
         "uncracked.", S),
        ("Each player in turn strikes the other's conker, which hangs on a string, and the player whose conker "
         "stays whole wins.", S),
        ("The championship drew 256 players from 14 countries this year.", S),
        ("Keiko Tanaka, from Japan, won the women's title.", S),
        ("To stop players bringing hardened conkers, the organisers collected about 3,000 horse chestnuts from the "
         "village green's trees and drilled and threaded them beforehand.", S),
        ("Players pay 5 pounds to enter, and the money goes to a charity for the blind.", S),
        ("The contest started in 1965, when bad weather kept the village's fishermen ashore.", S),
        ("Hollin is 49 years older than the student he beat in the final.", S, (), AN),
        ("The organisers gathered more than ten horse chestnuts for each player.", S, (), AN),
        ("Dennis Hollin, 72, lost the final to a 23-year-old student.", DIR),
        ("Hollin first entered the contest in 1965.", FIG),
        ("The women's title went to a 23-year-old student.", ACT),
        ("Players brought their own hardened conkers to the contest.", DIR),
        ("This year 256 players from 41 countries took part.", FIG),
        ("The entry money goes to the upkeep of the village green.", ACT),
        ("The contest began in 1965 to raise money for fishermen's families.", CAUSE),
        ("Hollin's conker cracked in the final.", DIR),
        ("The final lasted 23 minutes.", FIG),
        ("The championship shows that old playground games are coming back into fashion.", GEN),
        ("Hollin has been entering the contest for 31 years.", FIG, (), AN),
    ],
    "xo07": [
        ("Forty-six coracles took part in Saturday's regatta on the river Carnow at Pentre Carnow, the highest "
         "number since the event was revived in 1998.", S),
        ("A coracle is a small, round, one-person boat made of willow laths covered in hide or, nowadays, tarred "
         "canvas.", S),
        ("For centuries, coracles were used for fishing on the Carnow.", S),
        ("Huw Pritchard, a 52-year-old carpenter who builds coracles in his shed, won the 400-metre downstream race "
         "in 3 minutes and 41 seconds.", S),
        ("The paddlers ranged in age from 9 to 81.", S),
        ("According to the organiser, Sian Lloyd, 14 of the boats were built on a winter course in the village "
         "hall.", S),
        ("Learners on the course spend five weekends building a coracle of their own.", S),
        ("In the last race of the day, one member of each pair paddled while the other held an open umbrella.", S),
        ("Around 1,500 spectators lined the banks.", S),
        ("The oldest paddler was 72 years older than the youngest.", S, (), AN),
        ("The regatta drew 64 boats.", FIG),
        ("The regatta was revived in 1989.", FIG),
        ("Sian Lloyd won the main race in 3 minutes and 41 seconds.", ACT),
        ("The main race was run 400 metres upstream.", DIR),
        ("Coracles are made of oak covered in tarred canvas.", CLAIM),
        ("Huw Pritchard builds his coracles in the village hall.", CLAIM),
        ("Learners on the winter course spend five days making a coracle.", FIG),
        ("The regatta was revived because fishing on the river had been banned.", CAUSE),
        ("The regatta shows that the river is safe for swimming.", GEN),
        ("Huw Pritchard also won the world conker championship at Ashton Mere.", MERGE, ("xo06",)),
        ("The oldest paddler was 90 years older than the youngest.", FIG, (), AN),
    ],
}

BODIES = [
    ("xb01", "https://www.retailbulletin.example/marlowe-home-half-year", "Retail Bulletin",
     "Marlowe Home's like-for-like sales rise 3.2% but discounts squeeze its margin",
     "Homeware retailer Marlowe Home said on Wednesday that like-for-like sales, which leave out stores opened or "
     "closed in the past year, rose 3.2% in the 26 weeks to 29 November. Its gross margin narrowed to 41.5% from 43.0% "
     "a year earlier because it had marked down furniture to clear stock. Total sales rose 5.8% to 612 million "
     "pounds, helped by 11 new stores. Online orders made up 34% of sales, against 31% a year ago. Pre-tax profit "
     "fell 18% to 37 million pounds. Chief executive Imogen Strand said the markdowns were over and that the margin "
     "would recover in the second half as cheaper freight came through. Marlowe kept its forecast of a full-year "
     "profit of between 95 and 105 million pounds. Its shares fell 6% to 3.40 pounds. The company will open eight "
     "more stores before its financial year ends in May, all of them on retail parks."),
    ("xb02", "https://www.hospitalityreview.example/ravensby-hotels-third-quarter", "Hospitality Review",
     "Ravensby Hotels fills 78% of its rooms and raises average rate to 142 euros",
     "Ravensby Hotels filled 78% of its rooms in the three months to September, up from 74% a year earlier, and "
     "charged an average of 142 euros a night, 5% more than a year before, the hotel group said on Thursday. Revenue "
     "per available room, which combines the two, rose 11% to 111 euros. Its hotels in Lisbon and Porto did best, "
     "with occupancy of 86%, while its city hotels in Germany were only 69% full because fewer trade fairs were held "
     "there. Revenue for the quarter climbed 9% to 268 million euros. Chief executive Mattias Lund said bookings for "
     "the Christmas period were 4% ahead of last year. Ravensby runs 96 hotels with 14,300 rooms and plans to open "
     "six more next year, among them its first in Seville. It also said it would sell two of its three hotels in "
     "Brussels. The shares rose 3%."),
    ("xb03", "https://www.dealwatch.example/kestrel-foods-norlan-dairies", "Dealwatch",
     "Kestrel Foods agrees cash-and-shares takeover of Norlan Dairies at a 40% premium",
     "Kestrel Foods has agreed to buy the cheese maker Norlan Dairies in a cash-and-shares deal that values Norlan at "
     "1.26 billion pounds, the two companies said on Monday. Norlan shareholders will receive 180 pence in cash and "
     "0.25 new Kestrel shares for each Norlan share, worth 420 pence in all at Kestrel's closing price of 9.60 pounds "
     "on Friday. That is a premium of 40% to Norlan's share price of 300 pence before Kestrel's interest was made "
     "public on 13 November. After the deal, Norlan's investors will own about 16% of the enlarged Kestrel. Norlan's "
     "board, which turned down two lower proposals in October, said it would recommend the offer. Kestrel's chief "
     "executive, Daniel Achebe, said the deal would save 45 million pounds a year in costs by 2029, mostly by merging "
     "the two companies' distribution. Kestrel will pay for the cash part with a bank loan. The competition "
     "authority must clear the takeover, which should be completed in the second quarter of next year."),
    ("xb04", "https://www.bondmarkets.example/tavenor-water-bond", "Bond Markets",
     "Tavenor Water sells 750 million pounds of 12-year bonds at 5.875%",
     "Tavenor Water sold 750 million pounds of bonds on Tuesday, paying a coupon of 5.875% a year on debt that "
     "matures in 12 years, in 2038. Investors put in orders for 3.1 billion pounds, more than four times the amount "
     "on offer, the utility said, which let it price the bonds at 1.6 percentage points above the yield on "
     "government debt, less than the 1.9 points it had first suggested. The money will repay a 500 million pound "
     "bond that falls due in March and pay for new storm-water tanks. Finance director Chloe Barrington said the "
     "demand showed investors trusted the spending plan the regulator approved last year. Tavenor also said it had "
     "agreed a 300 million pound loan from the European Investment Fund with a tenor of 20 years. Two agencies rate "
     "the utility's debt BBB+. Tavenor last sold bonds in May 2025, when it paid a coupon of 6.25%."),
    ("xb05", "https://www.miningmonitor.example/halvard-buyback-paused", "Mining Monitor",
     "Halvard Minerals pauses its share buyback as copper falls",
     "Halvard Minerals has paused its share buyback after a fall in the price of copper, the miner said on Friday. "
     "It had planned to buy back 1 billion dollars of its shares this year and has spent 620 million dollars so far, "
     "buying about 41 million shares at an average of 15.10 dollars each. The remaining 380 million dollars will "
     "instead go to paying down debt, chief financial officer Greta Lindqvist said, and the board will decide in "
     "February whether to restart the buyback. Copper has fallen 14% since August, and Halvard's earnings before "
     "interest, tax, depreciation and amortisation dropped 22% to 1.9 billion dollars in the third quarter. Its net "
     "debt rose to 6.8 billion dollars. Halvard will still pay its quarterly dividend of 25 cents a share on 15 "
     "January. The shares fell 4% in Toronto. Two other miners, Corvan and Westridge, are continuing their "
     "buybacks."),
    ("xb06", "https://www.boardroomnews.example/orrin-logistics-chief-leaves", "Boardroom News",
     "Orrin Logistics chief Paul Meridew leaves with 2.4 million pound payoff",
     "Paul Meridew, chief executive of the parcel carrier Orrin Logistics, is leaving after four years and will "
     "receive a severance payment of 2.4 million pounds, equal to 18 months of his salary and benefits, the company "
     "said on Wednesday. The board described the decision as mutual. His departure follows a year in which Orrin "
     "lost two large retail customers and its shares halved. Chairwoman Beatrix Olawale will act as executive chair "
     "until a successor is found, and the board has hired a search firm. Meridew will also keep shares worth about "
     "900,000 pounds under a long-term bonus plan but will give up options worth about 1.5 million pounds. Some "
     "investors criticised the payment: the Shareholder Voice group said Meridew should not be rewarded for a fall "
     "in the company's value. Orrin said the payment followed the terms of his contract, which it could not change. "
     "Orrin's shares rose 5% on the news."),
    ("xb07", "https://www.lawreport.example/brightwater-sollis-appeal", "Law Report",
     "Appeal court cuts Brightwater's trade secrets damages to 64 million dollars",
     "An appeal court on Tuesday cut the damages that Brightwater Pharma must pay its smaller rival Sollis Biotech "
     "from 212 million dollars to 64 million dollars. A jury in Delmont found last year that Brightwater had used "
     "Sollis's trade secrets to develop an eye-drop treatment and awarded Sollis 212 million dollars, of which 140 "
     "million dollars were punitive damages. The appeal judges upheld the finding that Brightwater had taken the "
     "secrets, but said the punitive damages were excessive and that the jury had been wrong to count sales made "
     "abroad. Sollis chief executive Naomi Varga said the company was disappointed and would consider taking the case "
     "to the Supreme Court. Brightwater said it still believed it had done nothing wrong and was studying the "
     "ruling. It had set aside 80 million dollars for the case. The treatment, called Clarivue, had sales of 390 "
     "million dollars last year."),
    ("xb08", "https://www.motoringtoday.example/quillon-vela-price-cut", "Motoring Today",
     "Quillon cuts the price of its Vela electric hatchback by 4,200 euros",
     "Quillon Motors is cutting the price of its Vela electric hatchback by 12%, or 4,200 euros, to 30,800 euros "
     "from Monday, the carmaker said. The larger Vela Long Range will cost 3,500 euros less, at 36,400 euros, a cut "
     "of about 9%. Quillon said lower battery costs had made the cuts possible and that it wanted to win back buyers "
     "who had turned to cheaper Chinese models. Customers who ordered a Vela in the past 30 days will be refunded the "
     "difference. Sales of the Vela fell 19% in the first ten months of the year to 48,000 cars. Sales chief Ines "
     "Duarte said the company would not cut prices again before the end of next year. Its rival Brantor cut the price "
     "of its own small electric car by 2,000 euros last month. Quillon's shares slipped 2% in Milan."),
    ("xb09", "https://www.foodmanufacture.example/bellacre-cranleigh-vale-closure", "Food Manufacture",
     "Bellacre Foods to close Cranleigh Vale biscuit factory with 410 jobs lost",
     "Bellacre Foods will close its biscuit factory in Cranleigh Vale by next September, cutting 410 jobs, and move "
     "the work to its two other sites, the company said on Monday. The factory in Ormside will take most of the "
     "production and gain 150 jobs, and the one in Pelham will gain 60, so that 200 jobs will be lost overall. "
     "Bellacre said the Cranleigh Vale plant, which opened in 1958, would need 35 million pounds of repairs to keep "
     "running, while the other two sites had newer ovens. Operations director Simon Frayne said staff at Cranleigh "
     "Vale would be offered jobs at the other sites, which are 40 and 65 miles away, but that the company expected "
     "few to move. The Bakers' Union said it would fight the closure and called it a betrayal of a town that had "
     "made biscuits for 70 years. Bellacre employs 2,300 people. It will also spend 22 million pounds on a new "
     "packing line at Ormside."),
    ("xb10", "https://www.screenbusiness.example/lumora-price-rise", "Screen Business",
     "Lumora raises its standard plan by 2 pounds to 12.99 pounds a month",
     "Streaming service Lumora will raise the price of its standard plan by 2 pounds to 12.99 pounds a month from 1 "
     "January, its second rise in 14 months, the company said on Thursday. The plan with adverts will go up by 1 "
     "pound to 6.99 pounds, and the premium plan will stay at 17.99 pounds. Existing subscribers will pay the new "
     "prices from their first bill after 1 February. Lumora said the rise would pay for more sport and for new series "
     "made in Britain, and that it would spend 400 million pounds on British programmes next year, up from 310 "
     "million pounds this year. The service has 7.2 million subscribers in Britain, 45% of them on the plan with "
     "adverts. Managing director Aisha Bello said the standard plan would still cost less than those of its two "
     "biggest rivals. The consumer group Fair Bills said households now paid an average of 38 pounds a month for "
     "streaming."),
    ("xo01", "https://www.estuarynews.example/brenmouth-oyster-reef", "Estuary News",
     "120,000 native oysters placed on new Brenmouth estuary reef",
     "Conservationists have placed 120,000 young native oysters on a reef in the Brenmouth estuary, the largest "
     "release of its kind in the county, the Brenmouth Estuary Trust said. The oysters, each about the size of a "
     "thumbnail, were grown for two years in cages hung from the harbour pontoons before being moved to the reef, "
     "which was built this summer from 400 tonnes of scallop shells collected from local restaurants. Native oysters "
     "were once so common in the estuary that 30 boats dredged them, but the beds had been wiped out by overfishing "
     "and disease by the 1950s. Project manager Ruth Penhale said each adult oyster could filter up to 200 litres of "
     "water a day, helping to clean the estuary. The trust hopes to add another 80,000 oysters to the reef next "
     "year. Harvesting will be banned for at least ten years. Divers will check the reef every three months to count "
     "how many of the oysters survive."),
    ("xo02", "https://www.castlesandhouses.example/aldermoor-tapestry", "Castles and Houses",
     "Stag hunt tapestry back on the wall at Aldermoor Castle after three-year restoration",
     "A 15th-century tapestry showing a stag hunt has gone back on display at Aldermoor Castle after a restoration "
     "that took three years and cost 240,000 pounds. The tapestry, which measures 7 metres by 4, was taken down in "
     "2022 after moths and damp had damaged about a fifth of it. Conservators at a studio in Norwich washed it in a "
     "bath built for the purpose and spent 11,000 hours repairing it by hand, using wool dyed to match the faded "
     "colours. Curator Jonah Feld said the tapestry had hung in the castle's great hall since at least 1610, when it "
     "was listed in an inventory of the owner's goods. About 170,000 pounds of the cost came from a heritage lottery "
     "grant and the rest from visitors' donations. The hall will now be kept at a lower light level and a steady "
     "temperature to protect the tapestry. Visitors can see it from Saturday."),
    ("xo03", "https://www.auctiondesk.example/stanbridge-attic-violin", "Auction Desk",
     "Violin found in Stanbridge attic sells for 410,000 pounds",
     "A violin found in its case in the attic of a house in Stanbridge has sold at auction for 410,000 pounds, more "
     "than four times its lower estimate of 100,000 pounds. The instrument was made in 1721 in the Cremona workshop "
     "of Paolo Venturi, according to the auction house Hartigan's, whose experts confirmed the label after studying "
     "the varnish and the wood. Its owner, retired nurse Gwen Addis, said it had belonged to her great-uncle, who "
     "played in a dance band in the 1930s, and that no one in the family had known what it was worth. The buyer, who "
     "bid by telephone, is a foundation that lends instruments to young musicians. Hartigan's specialist Robert "
     "Quaile said the violin had a crack in its top that would need repairing, which had kept the estimate down. The "
     "price includes the buyer's fee of 25%. Addis said she would give some of the money to the local youth "
     "orchestra."),
    ("xo04", "https://www.puzzlersweekly.example/jigsaw-championship", "Puzzlers Weekly",
     "Halesworth sisters win national jigsaw championship in record time",
     "Two sisters from Halesworth have won the national jigsaw puzzle championship by finishing a 500-piece puzzle in "
     "48 minutes and 20 seconds, the fastest time in the pairs event since it began in 2015. Lydia and Rose "
     "Marchant, aged 34 and 31, beat 62 other pairs at the final in Coventry. Every team was given the same puzzle, a "
     "painting of a harbour, and did not see the picture until the start. The runners-up, a father and son from "
     "Tynemouth, finished in 53 minutes and 5 seconds. The individual event, on a 1,000-piece puzzle, was won by "
     "Arjun Mehta, 19, in 1 hour and 52 minutes. The organisers, the Jigsaw Guild, said 1,840 people had entered the "
     "heats this year, twice as many as two years ago. The Marchants will represent the country at the world "
     "championship in Valladolid in September."),
    ("xo05", "https://www.westcountrytimes.example/ashcombe-balloon-fiesta", "West Country Times",
     "Wind grounds most balloons on first day of Ashcombe fiesta",
     "Strong winds kept most hot-air balloons on the ground at the Ashcombe balloon fiesta on Saturday, when only 18 "
     "of the 95 balloons took off for the morning mass launch. The organisers called off the evening launch and the "
     "night glow, in which the balloons light their burners in time to music, after gusts of up to 30 miles an hour "
     "were forecast. On Sunday the wind dropped and 88 balloons went up at dawn, watched by about 25,000 people. "
     "Flight director Owen Castell said safety came first and that pilots had been told not to fly in winds above 12 "
     "miles an hour. The fiesta, now in its 11th year, raised 64,000 pounds for the county's air ambulance last "
     "year. A balloon shaped like a teapot, flown by a Dutch team, was the most photographed, the organisers said. "
     "Entry is free, and parking costs 10 pounds a car."),
    ("xo06", "https://www.villagevoice.example/ashton-mere-conkers", "Village Voice",
     "Retired baker, 72, wins world conker championship",
     "A 72-year-old retired baker, Dennis Hollin, has won the world conker championship at Ashton Mere, beating a "
     "23-year-old student in a final that lasted 11 minutes. Hollin, who first entered the contest in 1985, said his "
     "conker had come through six rounds without a crack. Players take turns to strike their opponent's conker, "
     "which hangs on a string, and the winner is the one whose conker stays whole. This year 256 players from 14 "
     "countries took part, and the women's title went to Keiko Tanaka from Japan. The organisers gathered about "
     "3,000 horse chestnuts from the trees on the village green and drilled and threaded them in advance, so that no "
     "player could bring a hardened conker. Entry costs 5 pounds, and the money goes to a charity for the blind. The "
     "contest began in 1965, when fishermen in the village could not go out because of bad weather."),
    ("xo07", "https://www.riversidepost.example/carnow-coracle-regatta", "Riverside Post",
     "Coracle regatta on the Carnow draws 46 boats, most since its revival",
     "A coracle regatta on the river Carnow at Pentre Carnow drew 46 boats on Saturday, the most since it was revived "
     "in 1998. Coracles are small round boats for one person, made of willow laths covered in hide or, today, tarred "
     "canvas, and were used for fishing on the river for centuries. The main race, over 400 metres downstream, was "
     "won by Huw Pritchard, a 52-year-old carpenter who builds coracles in his shed, in 3 minutes and 41 seconds. The "
     "youngest paddler was 9 and the oldest 81. The organiser, Sian Lloyd, said 14 of the boats had been built on a "
     "winter course in the village hall, where learners spend five weekends making their own coracle. The day ended "
     "with a race in which one member of each pair paddled while the other held an open umbrella. About 1,500 people "
     "watched from the banks."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]

CONTENT_FREE: list[tuple[str, str]] = [
    ("xb01", "Marlowe Home: the numbers."),
    ("xb02", "Listen to this story."),
    ("xb03", "Continue reading below."),
    ("xb04", "Advertisement feature."),
    ("xb05", "Updated 14 minutes ago."),
    ("xb06", "Email this story to a friend."),
    ("xb08", "Quillon Motors, in brief."),
    ("xb09", "Key points at a glance."),
    ("xb10", "Related topics: streaming, prices."),
    ("xo02", "Picture: conservation studio."),
    ("xo04", "Full results are in the table."),
    ("xo07", "Coracles."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (one thread each, --n_ctx 8192), json_object, prompt version llm-3,
# date 2026-12-05, --timeout 450, machine at load 17-26. eval15-smollm2_raw.jsonl holds seven editions in this order
# (call numbers restart in each; times UTC): 1 xb01-xb05 + xo01 (9 calls), 2 xb06-xb10 + xo02 (26), 3 xo03-xo07 + xb03
# + xb08 (19), these three started together at 17:16 and ended 17:46, 18:07 and 18:01; 4 all 17 articles (14 calls,
# 17:49, stopped at 18:19 with its 15th call in flight), 5 xb01 + xb05 + xo01 + xo02 + xo04-xo07 (2 calls, 18:05-18:08),
# 6 xb01 + xb02 + xb06 + xb09 (3 calls) and 7 xb04 + xb05 + xb07 + xb10 (5 calls), both 18:10 and stopped at 18:19
# (edition 7 with its 6th call in flight). Editions 4, 6 and 7 ran with the writer's default streamed requests, the
# others with TOPLINE_LLM_STREAM=false. 77 of the 78 recorded calls were answered; edition 2's last call (signals) got
# no answer: "LLMFailure: timeout: no answer within the deadline of 127.671 s" (the writer's remaining budget, not the
# --timeout). The servers logged 80 POSTs, all 200 (the two in flight when the editions were stopped among them).
# xb01, xo01, xo02 and xo04-xo07 were never shown to the model: the editions put them in no category. A sentence is
# listed once, at its first answer; repeats, near-repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, xb02)
    ("xb02", "Ravensby Hotels fills 78% of its rooms and raises average rate to 142 euros", S),
    ("xb02", "Revenue per available room", CF),
    ("xb02", "The hotel's revenue is up by 9.6%, which has been a key part of the company's strategy to boost its "
             "business in recent years.", FIG),
    ("xb02", "Ravensby runs 96 hotels with 14,300 rooms and plans to open six more next year.", S),
    # edition 1, call 2 (repair, xb02)
    ("xb02", "Chief executive Mattias Lund said bookings for the Christmas period were 4% ahead of last year.", S),
    # edition 1, call 3 (story, xb03)
    ("xb03", "The data shows that the Kestrel Foods Corporation has agreed to buy the cheese maker Norlan Dairies at a "
             "40% premium.", S),
    ("xb03", "...", CF),
    ("xb03", "The deal will save 45 million pounds annually in costs by 2029, mainly from merging the two companies' "
             "distribution.", S),
    # edition 1, call 4 (repair, xb03)
    ("xb03", "Kestrel Foods has agreed to buy the cheese maker Norlan Dairies in a cash-and-shares deal that values "
             "Norlan at 1.26 billion pounds, the two companies said on Monday.", S),
    # left out 'Norlan shareholders will receive 180 pence in cash and 420 pence in all at Kestrel's closing price of
    # 9.60 pounds on Friday': the 0.25 share dropped, so that it reads as cash and a sum or as cash within a total;
    # ambiguous against the article
    # edition 1, call 5 (story, xb04)
    ("xb04", "Tavenor Water sold 750 million pounds of bonds on Tuesday, paying a coupon of 5.875% a year on debt that "
             "matures in 12 years.", S),
    # left out 'Investors put in orders for 3.1 billion pounds, more than four times the amount on offer, the utility
    # said, which let it price bonds at 1.6 percentage points above the yield on government debt, less than the 1.9%
    # it had first suggested.': the 1.9 points written as 1.9%, a slip most readers take as the same spread; ambiguous
    ("xb04", "Investors put in orders for 3.1 billion pounds, more than four times the amount on offer, the utility "
             "said, which let Tavenor Water price bonds at 5.875%, paying a coupon of 6.25% to the utility.", FIG),
    ("xb04", "Investors paid a 500 million pound bond in May 2025 for a ten-year loan, which was repaid with a 1.9% "
             "interest rate.", FIG),
    ("xb04", "Tavenor Water sold 750 million pounds of bonds on Tuesday, paying a coupon of 5.875%, paying a coupon "
             "of 6.25% to the utility.", FIG),
    # edition 1, call 6 (story, xb04)
    # left out 'Tavenor Water sold 750 million pounds of bonds on Tuesday, paying a coupon of 5.875% a year on debt that
    # matures in 12 years.' and 'Investors put in orders for 3.1 billion pounds, more than four times the amount on
    # offer, the utility said, which let Tavenor Water price bonds at 6.25% to the utility.': a repeat and a
    # near-repeat (a clause dropped) of call 5
    ("xb04", "Investors paid a 500 million pound bond in May 2025 for a ten-year loan, which was repaid with a 1.9 "
             "billion pound bond in May.", FIG),
    ("xb04", "Tavenor Water sold 750 million pounds of bonds on Tuesday, paying a coupon of 6.25%, paying a coupon of "
             "6.25% to the utility.", FIG),
    ("xb04", "Investors paid a 1.9 billion pound bond in May 4 years for a ten-year loan, which was repaid with a 1.9 "
             "billion pound bond in May.", FIG),
    # edition 1, call 7 (story, xb05)
    ("xb05", "Halvard Minerals has paused its share buyback after a fall in the price of copper, the miner said on "
             "Friday.", S),
    # edition 1, call 8 (story, xb05): only a repeat of call 7
    # edition 1, call 9 (signals, xb02 + xb03 + xb04 + xb05)
    # left out 'Ravensby Hotels fills 78% of its rooms and raises average rate to 142 euros.': a repeat of call 1's
    # first sentence
    ("xb03", "The company has agreed to buy 50% of the company's 3.6 billion-pound Silver Starlight Diamond, a rare "
             "luxury diamond that is valued at £9 million.", CLAIM),
    # edition 2, call 1 (story, xb10)
    ("xb10", "Lumora raises its standard plan by 2 pounds to 12.99 pounds a month from January, the company said on "
             "Thursday.", S),
    # left out '...': a repeat of edition 1's placeholder
    ("xb10", "The plan will go up by 30% next year.", FIG),
    # edition 2, call 2 (repair, xb10)
    ("xb10", "The plan with adverts will go up by 1 pound to 6.99 pounds, and the premium plan will stay at 17.99 "
             "pounds.", S),
    # edition 2, call 3 (story, xb08)
    ("xb08", "Quillon Motors is cutting the price of its Vela electric hatchback by 4,200 euros.", S),
    ("xb08", "The larger Vela Long Range will cost 3,500 euros less than 9% of the current price.", FIG),
    # left out 'Quillon Motors is cutting the price of its Vela electric hatchback by 12%, or 4,200 euros from Monday,
    # the carmaker said.': the answer's first sentence with a clause added
    ("xb08", "Sales of the Vela fell 19% in the first ten months to 36,400 cars.", FIG),
    # edition 2, call 4 (story, xb07)
    ("xb07", "An appeal court on Tuesday cut the damages that Brightwater Pharma must pay its smaller rival Sollis "
             "Biotech from 212 million dollars to 64 million dollars.", S),
    ("xb07", "The treatment, called Clarivue, had sales of 390 million dollars last year.", S),
    ("xb07", "The court ruled that the damages were excessive and that the jury should consider taking it to the "
             "Supreme Court.", ACT),
    # edition 2, call 5 (repair, xb07)
    ("xb07", "Sollis chief executive Naomi Varga said the company was disappointed and would consider taking the case "
             "to the Supreme Court.", S),
    ("xb07", "The CEO of the company has been given a chance to take on a case that could have significant legal "
             "implications for the future of the business.", CLAIM),
    ("xb07", "The CEO is set to make his decision in the next 48 hours after the court's hearing.", CLAIM),
    ("xb07", "The court will hear whether the company can bring a lawsuit against the company and it will be decided "
             "based on the law.", CLAIM),
    # edition 2, call 6 (story, xb06)
    ("xb06", "The top-level of a company's financial performance is determined by the data that has been collected and "
             "analyzed.", CF),
    # left out '...': a repeat of the placeholder
    # edition 2, call 7 (repair, xb06)
    ("xb06", "Paul Meridew, chief executive of the parcel carrier Orrin Logistics, is leaving after four years and will "
             "receive a severance payment of 2.4 million pounds, equal to 18 months of his salary and benefits, the "
             "company said on Wednesday.", S),
    ("xb06", "He also plans to give up options worth about 900,000 pounds under a long-term bonus plan but will keep "
             "shares worth 1.5 million pounds", FIG),
    # edition 2, call 8 (signals, xb06 + xb07 + xb08 + xb10)
    ("xb10", "Lumora raises its standard plan by 2 pounds to 12.99 pounds a month", S),
    # left out 'Lumora Raises Standard Plan by 2 Pounds to 12.99 pounds a Month.': the sentence before in title case
    ("xb10", "The plan with adverts will go up by 4,000 euros.", FIG),
    # edition 2, call 9 (story, xb08): only a repeat of call 3's first sentence and the placeholder
    # edition 2, call 10 (repair, xb08)
    ("xb08", "The larger Vela Long Range will cost 3,500 euros less, at 36,400 euros, a cut of about 9%.", S),
    # edition 2, call 11 (story, xb10): only repeats of call 1
    # edition 2, call 12 (story, xb09)
    ("xb09", "Bellacre Foods to close Cranleigh Vale biscuit factory with 410 jobs, and move the work to its two other "
             "sites.", S),
    # left out '...': a repeat of the placeholder
    # edition 2, call 13 (repair, xb09)
    ("xb09", "Bellacre said the Cranleigh Vale plant, which opened in 1958 would need 35 million pounds of repairs to "
             "keep running while the other two sites had newer ovens.", S),
    # edition 2, call 14 (signals, xb08 + xb09 + xb10): only repeats (of calls 3 and 8) and the placeholder
    # edition 2, call 15 (story, xb07): only a repeat of call 4's first sentence and the placeholder
    # edition 2, call 16 (story, xb06)
    ("xb06", "The top-level of the Orrin Logistics company is a 2018 news report on the company's decision to cut its "
             "workforce in 2019.", CLAIM),
    # left out '...': a repeat of the placeholder
    # edition 2, call 17 (repair, xb06)
    ("xb06", "Some investors criticised the payment: The Shareholder Voice group said Meridew should not be rewarded "
             "for a fall in the company's value.", S),
    ("xb06", "Orrin said the payment followed the terms of his contract, which could not be changed.", S),
    # edition 2, call 18 (signals, xb06 + xb07)
    ("xb07", "An appeal court on Tuesday cut the damages that Brightwater Pharma must pay its smaller rival Sollis "
             "Biotech from 2.4 million dollars to 64 million dollars.", MERGE, ("xb06",)),
    # left out 'Some investors criticised the payment: The Shareholder Voice group said Meridew'...: a repeat of call 17
    # edition 2, call 19 (story, xb10): only a repeat of call 1's first sentence and the placeholder
    # edition 2, call 20 (story, xb08)
    # left out 'The larger Vela Long Range will cost 3,500 euros less than 12% of the current price.' and '...': a
    # near-repeat of call 3 (12% for 9%) and the placeholder
    # edition 2, call 21 (repair, xb08)
    # left out 'Quillon Motors is cutting the price of its Vela electric hatchback by 12%, or 4,200 euros from Monday,
    # the carmaker said.': a repeat of call 3; and 'The car's price has been reduced to 30,800 euros.': a cut from
    # Monday stated as done; ambiguous against the article
    # edition 2, call 22 (story, xb09)
    ("xb09", "The company will close its biscuit factory in Cranleigh Vale by next September, cutting 410 jobs and "
             "moving the work to its two other sites.", S),
    # left out 'The rest of the production will be moved to Pelham.': leans on a sentence the answer does not have
    # ('the rest'); ambiguous against the article
    ("xb09", "The company has plans to expand its operations in the North East, which includes Cranleigh Vale and the "
             "North East, but it is also planning to move to a new site in the South East.", CLAIM),
    ("xb09", "The North East will be moved to a new site in the North East by next September.", CLAIM),
    # edition 2, call 23 (repair, xb09)
    # left out 'Bellacre Foods will close its biscuit factory in Cranleigh Vale by next September'...: a near-repeat of
    # call 22; and 'The company said it plans to move the work to its two other sites on Monday.': either the day it
    # said so (supported) or the day of the move (not); ambiguous
    # edition 2, call 24 (story, xb06)
    ("xb06", "The top-level of the company is a division of the Logistics and Supply Chain, which has been named "
             "Meridew.", CLAIM),
    ("xb06", "The company's CEO, Paul Meridew, left the board in April after four years with a severance payoff of 2.4 "
             "million pounds.", FIG),
    # left out 'The company is a division of the Logistics and Supply Chain, which has been named Meridew.': a
    # near-repeat of the first sentence
    # edition 2, call 25 (story, xb07): only a repeat of call 4's first sentence and the placeholder
    # edition 2, call 26 (signals, xb06 + xb07 + xb08 + xb09 + xb10): no answer (the writer's deadline of 127.7 s ran
    # out; recorded as its error)
    # edition 3, call 1 (story, xb03)
    # left out 'The data shows that Kestrel Foods has agreed to buy the cheese maker Norlan Dairies at a 40% premium.'
    # and '...': a near-repeat of edition 1 call 3 and a repeat of the placeholder
    # edition 3, call 2 (repair, xb03)
    ("xb03", "Norlan shareholders will receive 180 pence in cash and 2.5 new Kestrel shares for each Norland share, "
             "worth 420 pence in all at Kestrel's closing price of 9.60 pounds on Friday.", FIG),
    # edition 3, call 3 (story, xo03)
    ("xo03", "A violin found in its case in the attic of a house in Stanbridge has sold at auction for 410,000 "
             "pounds.", S),
    # left out '...': a repeat of the placeholder
    # edition 3, call 4 (repair, xo03)
    ("xo03", "Hartigan's specialist Robert Quaile said the violin had a crack in its top that would need repairing, "
             "which had kept the estimate down.", S),
    # edition 3, call 5 (story, xb08)
    # left out 'Quillon Motors is cutting the price of its Vela electric hatchback by 4,200 euros.' and 'The larger Vela
    # Long Range will cost 3.500 euros less than 9%.': a repeat and a near-repeat of edition 2 call 3
    ("xb08", "Quillon Motors said lower battery costs made the cuts possible and that it wanted to win back buyers who "
             "had turned to cheaper Chinese models.", S),
    # edition 3, call 6 (repair, xb08)
    ("xb08", "The larger Vela Long Range will cost 3,500 euros less than the Vela Long Range.", CLAIM),
    # left out 'At 36,400 euros, it is a cut of about 9%.': a fragment that leans on the sentence before ('it')
    # edition 3, call 7 (signals, xo03 + xb03 + xb08): only a repeat of call 1
    # edition 3, call 8 (story, xb08)
    # left out 'Quillon Motors is cutting the price of its Vela electric hatchback by 4,200 euros.' and 'The larger Vela
    # Long Range will cost 3,500 euros less than 9%.': a repeat and a near-repeat of edition 2 call 3
    ("xb08", "Customers who ordered a Vela in the past 18 days will be refunded the difference.", FIG),
    # edition 3, call 9 (repair, xb08)
    ("xb08", "Customers who ordered a Vela in the past 30 days will be refunded the difference.", S),
    # edition 3, call 10 (story, xo03)
    ("xo03", "The violin was found in the attic of a house in Stanbridge.", S),
    # left out '...': a repeat of the placeholder
    # edition 3, call 11 (repair, xo03)
    ("xo03", "The instrument was made in 1721 in the Cremona workshop of Paolo Venturi, according to the auction house "
             "Hartigan's, whose experts confirmed the label after studying the varnish and the wood.", S),
    # edition 3, call 12 (story, xb03)
    ("xb03", "The data shows that Kestrel Foods has agreed to buy the cheese maker Norlan Dairies at a 40% premium, "
             "valuing the company's products at $1.26 billion pounds.", FIG),
    ("xb03", "Kestrel Foods will have 1.26 million dollars in cash and shares of Norland's stock for every 350,000 "
             "Kestrel Dairies.", FIG),
    ("xb03", "Norlan shareholders will receive 45 million pounds a year in 2 years at 1.26 billion pounds.", FIG),
    # left out 'The deal would save 45 million pounds annually by merging the two companies' distribution of Norland's
    # products.': a near-repeat of edition 1 call 3 with 'by 2029' and 'mostly' dropped and 'of Norland's products'
    # added; ambiguous against the article
    # edition 3, call 13 (signals, xo03 + xb03 + xb08)
    # left out 'The data shows that Kestrel Foods has agreed to buy the company.': 'the company' names no one;
    # ambiguous against the article
    ("xb08", "Vela electric hatchback cuts price of its Vela electric hatchback by 4,200 euros.", ACT),
    ("xb03", "The decision will be announced at 1:59pm on Friday.", CLAIM),
    ("xb03", "Data-driven news about Kestrel Foods and Norlan Dairies in the world of finance.", CF),
    # edition 3, call 14 (story, xb08)
    ("xb08", "The larger Vela Long Range will cost 3,500 euros less than the previous year's price of 4,200 euros.",
     FIG),
    # edition 3, call 15 (story, xb08): only a repeat of call 14
    # edition 3, call 16 (story, xo03)
    # left out 'The violin was made in 1721 by the Cremona workshop of Paolo Venturi, according to the auction house
    # Hartigan's'...: a near-repeat of call 11
    ("xo03", "The violin sold for $410,000.", FIG),
    # edition 3, call 17 (story, xb03)
    ("xb03", "The data shows that Kestrel Foods is the only company to have agreed to buy Norlan Dairies at a 40% "
             "premium.", CLAIM),
    # left out '...': a repeat of the placeholder
    ("xb03", "Norland will receive 180 pence in cash and 0.25 new Kestrel shares for each Norlan share, worth 420 "
             "pence.", ACT),
    # edition 3, call 18 (repair, xb03)
    # left out 'Kestrel Foods has agreed to buy the cheese maker Norlan Dairies in a cash-and-shares deal'...: a repeat
    # of edition 1 call 4
    ("xb03", "Norlan shareholders will receive 180 pence in cash and 0.25 new Kestrel shares for each Norlan share, "
             "worth 420 pence in all at Kestrel's closing price of 9.60 pounds on Friday.", S),
    # edition 3, call 19 (signals, xo03 + xb03 + xb08)
    ("xb08", "Quillon cuts the price of its Vela electric hatchback by 4,200 euros", S),
    ("xb08", "Quillon Motors is cutting the price of its Vela electric hatchback by 1.5%", FIG),
    ("xb03", "The data shows that Quillon Motors has agreed to buy Norlan Dairies at a 40% premium for cash-and-shares, "
             "which will be paid in full on Friday.", MERGE, ("xb08",)),
    # edition 4, call 1 (story, xb02)
    ("xb02", "The data shows that Ravensby Hotels has increased its hotel business by 27.3% to 148 hotels last year.",
     FIG),
    # left out 'Revenue per available room' (a repeat of edition 1's heading), 'Ravensbys top line is 148, which means
    # that the hotel has increased its business by 27.3% to 148 hotels last year.' and 'The data shows that Ravensbys
    # top line is 148'...: near-repeats of the sentence before
    # edition 4, call 2 (story, xb02): only near-repeats of call 1 and the heading
    # edition 4, call 3 (story, xb03)
    ("xb03", "The data is from the story of Kestrel Foods agreeing to buy Norlan Dairies at a 40% premium.", S),
    # left out '...': a repeat of the placeholder
    # edition 4, call 4 (repair, xb03): only repeats (of edition 1 call 4 and edition 3 call 18)
    # edition 4, call 5 (story, xb04)
    # left out 'Tavenor Water sells 750 million pounds of bonds on Tuesday'... and 'Tavenor Water sold 750 million
    # pounds of bonds on Tuesday'...: a near-repeat and a repeat of edition 1 call 5
    ("xb04", "Tavenor also agreed to pay a $300 million loan from the European Investment Fund, which will repay it on "
             "March 5th.", FIG),
    ("xb04", "The money is due in May of 2026.", FIG),
    # edition 4, call 6 (story, xb04): only repeats of call 5
    # edition 4, call 7 (story, xb05): only repeats (of edition 1 call 7 and the placeholder)
    # edition 4, call 8 (repair, xb05)
    ("xb05", "The remaining 380 million dollars will instead go to paying down debt, chief financial officer Greta "
             "Lindqvist said, and the board will decide whether to restart the buyback.", S),
    ("xb05", "In February, the board will make a decision on whether to continue the buy-out of debt or not.", CLAIM),
    # edition 4, call 9 (story, xb10)
    # left out 'Lumora raises its standard plan by 2 pounds'... and 'Lumora will raise the price of its standard plan by
    # 2 pounds to 12.99 pounds a month from January'...: a repeat and a near-repeat of edition 2 call 1
    # edition 4, call 10 (repair, xb10): only a repeat of edition 2 call 2
    # edition 4, call 11 (signals, xb02 + xb03 + xb04 + xb05 + xb10)
    # left out 'Ravensby Hotels fills 78% of its rooms and raises average rate to 142 euros' and '...': repeats
    ("xb03", "The company has agreed to buy 30% of the hotel's current share in a cash-and-shares deal that will "
             "increase its value by 5.6%, while maintaining the remaining 97% of its current debt.", MERGE, ("xb02",)),
    # edition 4, call 12 (story, xb08)
    # left out 'Quillon Motors is cutting the price of its Vela electric hatchback by 4,200 euros.': a repeat
    ("xb08", "The larger Vela Long Range will cost 3,500 euros less than 36,400 euros.", FIG),
    # left out 'Quillon Motors said lower battery costs made the cuts possible and that it wanted to win back customers
    # who had turned to cheaper Chinese models.': a near-repeat of edition 3 call 5 ('customers' for 'buyers')
    # edition 4, call 13 (story, xb02)
    # left out 'Ravensby Hotels fills 78% of its rooms and raises average rate to 142 euros': a repeat
    ("xb02", "The hotel group said on Thursday that the company will increase revenue by 30.", FIG),
    ("xb02", "The next quarter, they plan to open a new hotel in Seville.", FIG),
    # left out 'Ravensby runs 96 hotels with 14,300 rooms and plans to open six more next year.': a repeat of edition 1
    # edition 4, call 14 (repair, xb02)
    ("xb02", "Revenue per available room, which combines the two, rose 11% to 111 euros.", S),
    # edition 5, calls 1 (story, xb05) and 2 (repair, xb05): only repeats of edition 1 call 7 and edition 4 call 8
    # edition 6, call 1 (story, xb02): only a repeat of edition 1 call 1's first sentence and the placeholder
    # edition 6, call 2 (repair, xb02)
    ("xb02", "Revenue per available room, which combines the two, rose 11% to 120 euros.", FIG),
    # edition 6, call 3 (story, xb06)
    ("xb06", "The story is about Orrin Logistics chief Paul Meridew leaving with a severance pay of 2.4 million "
             "pounds, equal to 18 months of his salary and benefits, the company said on Wednesday.", S),
    # left out the same sentence without 'the company said on Wednesday': a near-repeat
    # edition 7, call 1 (story, xb04)
    # left out 'Tavenor Water sells 750 million pounds of bonds on Tuesday'... and '...': repeats of edition 4 call 5
    # and the placeholder
    ("xb04", "Tavenor also said it had agreed to pay a $300 million loan from the European Investment Fund with a "
             "tenancy of 5 years.", FIG),
    # edition 7, call 2 (repair, xb04)
    ("xb04", "Investors put in orders for 3.1 billion pounds, more than four times the amount on offer, the utility "
             "said, which let it price the bonds at 1.6% below the yield on government debt, less than 2 points higher "
             "than the previous 50 basis points.", DIR),
    # edition 7, calls 3 (story, xb05) and 4 (repair, xb05): only repeats of edition 1 call 7 and edition 4 call 8
    # edition 7, call 5 (story, xb10)
    # left out 'Lumora raises its standard plan by 2 pounds'... and '...': repeats; and 'Lumora said the rise would pay
    # for more sports and shows in Britain next year.': 'shows in Britain' for series made in Britain, and the year of
    # the programme budget given to the rise; ambiguous against the article
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="i", split="evaluation15",
                                      raw_name="eval15-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval15", arts, rows, problems, (("business and tech articles", "xb"), ("others", "xo")))


if __name__ == "__main__":
    main()
