"""Build the thirteenth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval13-articles.jsonl and eval13-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it once before and once after the round's changes, by the lead).

    python benchmarks/make_support_eval13.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Eleven articles are business and tech news of the kind Topline reads, in shapes the earlier parts used less
(vb01-vb11): a navy drone contract, a satellite launch contract whose value only unnamed people give, a green bond
sale in two parts, a dock workers' strike ballot, a refused chip-equipment export licence, a reinsurer's catastrophe
losses, a supermarket price war, a fire at a chemical plant, a court upholding a merger ban, an airline's winter
capacity cut and a regulated electricity tariff rise. Seven are on topics no earlier part uses (vo01-vo07; the
earlier articles were searched for the topic words): a school's time capsule, a hedgehog hospital's record year, a
steam locomotive restored, a kite-flying record, a lost tortoise found, a farm cheese named the world's best and a
crossword setter's 10,000th puzzle.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X reports that", voice changed, clauses reordered, a speaker named by role in one place and by name in
another, synonyms and other verbs for the same act, figures restated or rounded, two-sentence summaries of one
passage, and analysis sentences (``kind`` "analysis") that only combine or compute from what one passage of the cited
article says (differences, totals, ratios, shares). Each is fully supported by one passage (a sentence and its
neighbours) of a cited article, checked by reading. Unsupported sentences (origin "planted"): every error kind, with
shapes beside the earlier parts' (a share of those who voted restated as a share of all members; a conditional strike
stated as certain; a value that neither company confirmed stated as confirmed; the coupons or maturities of two bond
tranches swapped; a partly granted licence stated as wholly refused; a rocket failure pinned on the company that the
passage does not name; an analysis sentence whose computation is wrong (kind "analysis"); a range of forecasts
shifted; content-free sentences that only name the story's subject). Real SmolLM2-135M outputs of Topline's own LLM
writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are in
eval13-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation13";
ids "d0001"...
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
           "eval10-sentences.jsonl", "eval11-sentences.jsonl", "eval12-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl")
EARLIER_IDS = "skmvwxyzurohge"   # id prefixes of the earlier parts' sentences
# (their article ids: a, c, d, e, t, f, g, h, p, q, b, n, j, l, ib, io, kb, ko, sb, so, mb, mo; this part's: vb, vo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS = {
    "vb01": [
        ("Harrowgate Dynamics has won a 1.2 billion pound contract for 48 navy patrol drones.", S),
        ("Defence Ledger reports that the defence ministry picked Harrowgate Dynamics over Veltris Aerospace to build "
         "long-range patrol drones for the navy.", S),
        ("Eight of the drones are to be delivered in 2028, with the remainder following by 2032.", S),
        ("Veltris Aerospace's cheaper design was judged by the ministry to be too slow to deliver.", S),
        ("According to procurement minister Alun Carrow, the drones will keep watch over undersea cables and "
         "pipelines in the North Sea.", S),
        ("The drones will be built in Selby, where Harrowgate plans to take on 400 more workers.", S),
        ("Training and spare parts for a decade are also included in the contract.", S),
        ("Veltris Aerospace said it was disappointed and would seek an explanation of the decision from the "
         "ministry.", S),
        ("Shares in Harrowgate gained 6% in London.", S),
        ("The contract is worth an average of 25 million pounds for each of the 48 drones.", S, (), AN),
        ("With the 400 new jobs, Harrowgate's workforce in Selby would reach 2,500.", S, (), AN),
        ("Veltris Aerospace won the 1.2 billion pound contract to build the navy's patrol drones.", ACT),
        ("Alun Carrow, Harrowgate's chief executive, said the drones would watch undersea cables.", ACT),
        ("The ministry chose Harrowgate because its design was cheaper than the one Veltris offered.", DIR),
        ("Harrowgate plans to cut 400 jobs at its Selby plant.", DIR),
        ("Harrowgate's shares fell 6% in London after the award.", DIR),
        ("The contract covers 84 patrol drones.", FIG),
        ("The first drones are due in 2030.", FIG),
        ("The contract is worth 1.2 billion pounds, or about 2.5 million pounds for each drone.", FIG, (), AN),
        ("Harrowgate will export the same drone to two other navies.", CLAIM),
        ("Veltris has already lodged a legal challenge against the award.", CLAIM),
        ("The ministry ordered the drones after a cable was cut in the North Sea last year.", CAUSE),
        ("The award shows that unmanned aircraft are replacing warships in naval budgets.", GEN),
    ],
    "vb02": [
        ("Orbivale has hired Kestrel Launch to carry 36 of its broadband satellites into orbit.", S),
        ("The launches, six in all, are to start in late 2027, the companies said on Wednesday.", S),
        ("Two people familiar with the deal put its value at about $310 million.", S),
        ("Neither Orbivale nor Kestrel would confirm what the contract is worth.", S),
        ("Kestrel's rockets will lift off from its site at Saltmarsh Point with six satellites on each.", S),
        ("Lena Varga, Orbivale's chief executive, said the deal meant the company no longer relied on one launch "
         "provider.", S),
        ("A rocket failure in March destroyed four of Orbivale's satellites.", S),
        ("Orbivale aims to have 200 satellites in orbit by 2030, up from 84 now.", S),
        ("Kestrel president Omar Haddad called the order the biggest the company has ever received.", S),
        ("Kestrel's rocket has flown successfully eight times in nine launches.", S, (), AN),
        ("Orbivale needs 116 more satellites in orbit to reach its goal for 2030.", S, (), AN),
        ("Kestrel Launch will put Orbivale's satellites into orbit on 36 flights.", FIG),
        ("Orbivale confirmed that the launch contract is worth $310 million.", DIR),
        ("Omar Haddad, Orbivale's chief executive, said the deal ended its reliance on one launch provider.", ACT),
        ("A Kestrel rocket failure in March destroyed four Orbivale satellites.", CLAIM),
        ("Kestrel has flown its rocket nine times without a failure.", DIR),
        ("Orbivale plans to have 300 satellites in orbit by 2030.", FIG),
        ("The launches will begin in late 2026.", FIG),
        ("Orbivale will pay for the launches with a new share sale.", CLAIM),
        ("Orbivale turned to Kestrel because its previous launch provider had raised its prices.", CAUSE),
        ("The deal marks the end of a launch monopoly in the satellite industry.", GEN),
        ("Orbivale booked its launches as the navy ordered Harrowgate's drones.", MERGE, ("vb01",)),
    ],
    "vb03": [
        ("Tidewell Energy raised 2 billion euros from a sale of green bonds on Monday.", S),
        ("The sale was Tidewell's largest ever, and investors bid for 7.4 billion euros of the bonds.", S),
        ("Tidewell sold 1.2 billion euros of bonds maturing in 2033, with a 3.25% coupon, and 800 million euros of "
         "2038 bonds paying 3.75%.", S),
        ("Finance director Marta Quell said strong demand allowed Tidewell to price the bonds about 0.2 percentage "
         "points lower than first offered.", S),
        ("The proceeds will fund offshore wind farms off the Frisian coast and the cables linking them to the "
         "grid.", S),
        ("Among the banks running the sale were Norbeck Bank and Calloway Securities.", S),
        ("Tidewell is rated A-minus.", S),
        ("In 2024, at its previous bond sale, Tidewell raised 750 million euros.", S),
        ("Orders for Tidewell's bonds came to 3.7 times the amount sold.", S, (), AN),
        ("The bonds due in 2033 make up 60% of the 2 billion euros Tidewell sold.", S, (), AN),
        ("The 2038 bonds carry a coupon of 3.25%.", FIG),
        ("Tidewell sold 1.2 billion euros of bonds due in 2038.", FIG),
        ("Weak demand forced Tidewell to price the bonds 0.2 percentage points above its first offer.", DIR),
        ("Norbeck Bank bought most of Tidewell's new bonds.", ACT),
        ("Calloway Securities' finance director Marta Quell said demand had been strong.", ACT),
        ("Tidewell's credit rating was cut to A-minus before the sale.", CLAIM),
        ("The money will pay for onshore wind farms near the Frisian coast.", DIR),
        ("Orders of 7.4 billion euros were about twice the amount Tidewell sold.", FIG, (), AN),
        ("Tidewell sold the bonds because its bank loans fall due this year.", CAUSE),
        ("The sale shows investors are turning away from fossil fuel companies.", GEN),
        ("Tidewell sold its green bonds on the day Grayhaven's dock workers voted to strike.", MERGE, ("vb04",)),
    ],
    "vb04": [
        ("Grayhaven's dock workers have voted for a strike over pay.", S),
        ("The Transport and Dock Workers Union said on Thursday that 87% of the members who voted backed a "
         "strike.", S),
        ("Turnout was 1,210 of the 1,840 members balloted.", S),
        ("Unless Meridian Ports improves its offer, the workers will stop work for 48 hours from 6am on 14 January, "
         "the union said.", S),
        ("Meridian Ports has offered a pay rise of 4% this year, while the union is demanding 9%.", S),
        ("The union says prices in Grayhaven have outpaced wages.", S),
        ("Crane drivers have gone three years without a pay rise above inflation, according to union official Bryn "
         "Kettle.", S),
        ("Meridian called its offer fair and said a strike would drive ships to competing ports.", S),
        ("Roughly a fifth of the country's container traffic passes through Grayhaven.", S),
        ("Talks between the union and Meridian are to resume on Monday.", S),
        ("About two thirds of the members balloted cast a vote.", S, (), AN),
        ("The union's demand is 5 percentage points above Meridian's offer.", S, (), AN),
        ("87% of the union's 1,840 members at Grayhaven backed a strike.", FIG),
        ("Meridian Ports has offered a 9% rise and the union wants 4%.", ACT),
        ("The dock workers will strike for 48 days.", FIG),
        ("The strike will go ahead on 14 January whatever Meridian offers.", DIR),
        ("Meridian Ports admitted that its offer was unfair.", DIR),
        ("Bryn Kettle, a Meridian manager, said crane drivers had not had a real rise in three years.", ACT),
        ("The union called the ballot after Meridian cut overtime pay.", CAUSE),
        ("Meridian has said it will hire agency workers to keep the port open.", CLAIM),
        ("Grayhaven handles about half of the country's container traffic.", FIG),
        ("Only about half of the members balloted took part in the vote.", FIG, (), AN),
        ("The vote shows that labour unrest is spreading across the logistics sector.", GEN),
    ],
    "vb05": [
        ("Quantro Semiconductor Equipment has been refused a licence to export 14 lithography machines to Lumas "
         "Micro.", S),
        ("The trade ministry turned down Quantro's request to ship the machines to the Malvian chipmaker.", S),
        ("Quantro expects the refusal to reduce this year's revenue by about 260 million dollars, or roughly 8% of "
         "its forecast.", S),
        ("The ministry said the machines could be put to use making chips for military equipment.", S),
        ("Quantro may still send spare parts and service engineers for the 30 machines Lumas already has.", S),
        ("Henrik Lau, Quantro's chief executive, said the company would appeal.", S),
        ("Lau complained that Quantro had not been told of the decision until Wednesday.", S),
        ("Shares in Quantro dropped 11%.", S),
        ("Lumas Micro said it would turn to other suppliers.", S),
        ("Quantro's revenue forecast for the year had been roughly 3.25 billion dollars.", S, (), AN),
        ("The lost revenue comes to about 18.6 million dollars for each of the 14 machines.", S, (), AN),
        ("The trade ministry has granted Quantro a licence to ship 14 lithography machines to Lumas Micro.", DIR),
        ("The ministry also refused Quantro a licence to service the machines Lumas already owns.", DIR),
        ("Lumas Micro has been refused a licence to sell chips to Quantro.", ACT),
        ("The refusal will cut Quantro's revenue by about 260 million dollars, roughly 18% of its forecast.", FIG),
        ("Lumas already owns 13 Quantro machines.", FIG),
        ("Quantro said it would accept the decision and would not appeal.", DIR),
        ("Henrik Lau, the trade minister, said the machines could be used to make military chips.", ACT),
        ("Quantro will sell the 14 machines to a customer in another country instead.", CLAIM),
        ("The ministry acted after Lumas was caught selling chips to an arms maker.", CAUSE),
        ("Lumas Micro's shares fell 11% after the decision.", ACT),
        ("The decision shows that chip equipment has become a weapon in trade disputes.", GEN),
    ],
    "vb06": [
        ("Halvard Re expects claims of about 620 million dollars from Storm Ilse and the Caledo wildfires.", S),
        ("The reinsurer will report a loss for the third quarter, it said on Tuesday.", S),
        ("Analysts had forecast catastrophe losses of around 450 million dollars.", S),
        ("Halvard has already used 1.05 billion dollars, against the 900 million dollars it set aside for large "
         "disasters this year.", S),
        ("According to chief executive Sabine Roux, flooding from the storm reached further inland than Halvard's "
         "models had predicted.", S),
        ("Roux said the dividend of 1.80 dollars a share would still be paid.", S),
        ("Halvard intends to raise prices for property catastrophe cover by between 10% and 15% when contracts are "
         "renewed in January.", S),
        ("Halvard's shares dropped 7% in Zurich; rival Oskar Re's slipped 2%.", S),
        ("The expected claims are about 170 million dollars more than analysts had forecast.", S, (), AN),
        ("Halvard has gone 150 million dollars over its disaster budget for the year.", S, (), AN),
        ("Halvard Re expects claims of about 260 million dollars from Storm Ilse and the wildfires.", FIG),
        ("Halvard Re will report a profit for the third quarter.", DIR),
        ("Halvard has used less than its 900 million dollar disaster budget.", DIR),
        ("Halvard will cut its dividend to 1.80 dollars a share.", DIR),
        ("Halvard will raise prices by 10% to 15% on all of its policies from January.", CLAIM),
        ("Oskar Re's chief executive Sabine Roux said the floods reached further inland than expected.", ACT),
        ("Analysts said Halvard's models had underestimated the floods.", ACT),
        ("Halvard's shares fell 2% while Oskar Re's fell 7%.", ACT),
        ("Halvard's losses rose because it had sold too much cover in Caledo province.", CAUSE),
        ("Halvard will raise new capital from shareholders to cover the claims.", CLAIM),
        ("The losses show that climate change is making disasters impossible to insure.", GEN),
        ("Storm Ilse hit as fire broke out at Delmar's resin plant.", MERGE, ("vb08",)),
    ],
    "vb07": [
        ("Brantley's is cutting prices on 1,500 products by 11% on average from Monday.", S),
        ("The cuts come a week after its larger rival Fairmart lowered 1,000 prices.", S),
        ("Bread, milk, nappies and pasta are among the products Brantley's is making cheaper.", S),
        ("The price cuts will cost Brantley's about 180 million pounds a year, which it will cover by trimming its "
         "own costs, the chain said.", S),
        ("Owen Pardoe, chief executive of Brantley's, said shoppers should not have to pick between the two chains "
         "on price.", S),
        ("Fairmart has said it will match any price cut on the products on its list.", S),
        ("Brantley's shares lost 5%, and Fairmart's lost 3%.", S),
        ("Lidore, a discount chain that has been taking shoppers from both, said its prices remained lower.", S),
        ("Grocery Trade reports that Brantley's has 19% of the grocery market, against 27% for Fairmart and 9% for "
         "Lidore.", S),
        ("Brantley's is cutting 500 more prices than Fairmart did.", S, (), AN),
        ("Together Brantley's and Fairmart hold 46% of the grocery market.", S, (), AN),
        ("Fairmart will cut the prices of 1,500 products from Monday.", ACT),
        ("Brantley's, the country's largest supermarket chain, is cutting 1,500 prices.", FIG),
        ("The price cuts will cost Brantley's about 180 million pounds a month.", FIG),
        ("Brantley's will pay for the cuts by raising other prices.", CLAIM),
        ("Fairmart said it would not respond to the cuts at Brantley's.", DIR),
        ("Shares in Brantley's rose 5% on the news.", DIR),
        ("Lidore has been losing shoppers to both Brantley's and Fairmart.", ACT),
        ("Brantley's holds 27% of the grocery market.", FIG),
        ("Brantley's cut prices because its sales had fallen for three quarters in a row.", CAUSE),
        ("Brantley's plans to close 30 stores next year.", CLAIM),
        ("Brantley's and Fairmart together hold more than half of the grocery market.", FIG, (), AN),
        ("The price war proves that discounters will dominate grocery shopping.", GEN),
        ("Brantley's cut its prices as Skyvale cut its winter seats.", MERGE, ("vb10",)),
    ],
    "vb08": [
        ("A fire late on Sunday stopped resin production at Delmar Chemicals' Ravensmoor plant.", S),
        ("The resins made at the plant go into paints and adhesives.", S),
        ("It took firefighters six hours to control the blaze.", S),
        ("Two workers who breathed in smoke were treated in hospital and went home on Monday.", S),
        ("Delmar said the fire began in a storage building and the production lines were undamaged.", S),
        ("The lines will stay closed for at least three weeks while the site is inspected, Delmar said.", S),
        ("The Ravensmoor plant makes around 120,000 tonnes of resin a year, a quarter of what Delmar produces.", S),
        ("The cause of the fire is not yet known, plant manager Gerrit Voss said, and the fire service is "
         "investigating.", S),
        ("Residents within a kilometre of the plant were told to keep their windows shut overnight.", S),
        ("Coloris, a paint maker, said it had a month's supply of resin in stock.", S),
        ("Delmar makes about 480,000 tonnes of resin a year in all.", S, (), AN),
        ("Three weeks of lost output at the plant comes to roughly 7,000 tonnes of resin.", S, (), AN),
        ("Firefighters took six days to bring the fire under control.", FIG),
        ("No one was hurt in the fire at Delmar's plant.", DIR),
        ("The fire destroyed the plant's production lines.", DIR),
        ("The Ravensmoor plant makes about a quarter of the world's resin.", FIG),
        ("Gerrit Voss said the fire was started by an electrical fault.", CAUSE),
        ("The fire service said the cause was not yet known, and plant manager Gerrit Voss was investigating.", ACT),
        ("Coloris said it would run out of resin within a week.", FIG),
        ("Delmar's insurers have refused to cover the damage.", DIR),
        ("People living within a kilometre of the plant were evacuated overnight.", CLAIM),
        ("Delmar will move resin production to its other plants while Ravensmoor is shut.", CLAIM),
        ("The plant makes about 30,000 tonnes of resin a month.", FIG, (), AN),
        ("Coloris makes the resins used at Delmar's plant.", ACT),
        ("The fire shows that Europe's chemical plants are ageing dangerously.", GEN),
    ],
    "vb09": [
        ("The competition appeal court has upheld the ban on Pellar Logistics' 2.3 billion euro takeover of "
         "Vantro.", S),
        ("The court ruled on Thursday that the deal would have left business customers with too little choice.", S),
        ("The regulator blocked the merger in March, saying the combined carrier would handle about 45% of the "
         "country's business parcels.", S),
        ("The three judges unanimously rejected Pellar's argument that online retailers delivering their own parcels"
         " gave businesses enough choice.", S),
        ("Pellar, which said it was disappointed, is studying the ruling.", S),
        ("Pellar can still take the case to the supreme court, within 30 days.", S),
        ("Lucia Benz, Vantro's chairman, said Vantro would carry on alone and spend 200 million euros on new "
         "depots.", S),
        ("Pellar has to pay the regulator's legal costs.", S),
        ("Vantro's shares dropped 14%, while Pellar's gained 2%.", S),
        ("By the regulator's estimate, the combined company would have carried nearly half of the country's business"
         " parcels.", S, (), AN),
        ("The competition appeal court overturned the ban on Pellar's takeover of Vantro.", DIR),
        ("Vantro had agreed to buy Pellar Logistics for 2.3 billion euros.", ACT),
        ("The combined company would have handled about 54% of business parcels.", FIG),
        ("Two of the three judges rejected Pellar's argument.", FIG),
        ("Pellar has appealed to the supreme court.", CLAIM),
        ("Pellar's chairman Lucia Benz said the company would invest 200 million euros in depots.", ACT),
        ("The regulator must pay Pellar's legal costs.", ACT),
        ("Vantro's shares rose 14% after the ruling.", DIR),
        ("Vantro will now look for another buyer.", DIR),
        ("The court ruled against the deal because Pellar had misled the regulator.", CAUSE),
        ("The ruling shows that regulators will block every large merger in logistics.", GEN),
        ("The court ruled on Pellar's takeover as Quantro was refused its export licence.", MERGE, ("vb05",)),
    ],
    "vb10": [
        ("Skyvale Airways is cutting its winter seats by 12% compared with last winter.", S),
        ("The airline will drop 18 routes and park eight of its 64 planes, it said on Monday.", S),
        ("Patrice Okafor, Skyvale's chief executive, blamed delays in engine repairs for leaving the airline short "
         "of aircraft.", S),
        ("Okafor said the airline preferred cutting routes now to cancelling flights at short notice.", S),
        ("Most of the dropped routes start from the smaller bases at Lindow and Carrick.", S),
        ("Westfield, Skyvale's main hub, keeps its full schedule.", S),
        ("Passengers on cancelled flights can have a refund or a seat on another flight.", S),
        ("Skyvale now expects a profit of 90 million to 110 million euros this year, down from a forecast of 140 "
         "million euros.", S),
        ("Skyvale's shares fell 9%.", S),
        ("Skyvale will keep 56 of its aircraft flying this winter.", S, (), AN),
        ("The new profit forecast is 30 million to 50 million euros below the old one.", S, (), AN),
        ("Skyvale Airways will fly 21% fewer seats this winter.", FIG),
        ("Skyvale is adding 18 routes this winter.", DIR),
        ("Skyvale will park 18 of its 64 aircraft.", FIG),
        ("Okafor said a shortage of pilots had forced the cuts.", CAUSE),
        ("Most of the routes being dropped start from Westfield.", ACT),
        ("Passengers on cancelled flights will only be offered a refund.", CLAIM),
        ("Skyvale raised its profit forecast to 140 million euros.", DIR),
        ("Skyvale expects a profit of between 190 and 210 million euros.", FIG),
        ("Skyvale will lease extra aircraft for the summer.", CLAIM),
        ("The cuts show that Europe's airlines are losing their battle with rail.", GEN),
        ("Skyvale's winter cuts came as the regulator let Aldwater raise its tariff by 7%.", MERGE, ("vb11",)),
    ],
    "vb11": [
        ("Aldwater Power may raise its regulated electricity tariff by 7% from 1 February, the regulator has "
         "decided.", S),
        ("The approved rise is smaller than the 13% Aldwater had sought.", S),
        ("A typical household's bill will go up by about 84 pounds a year, to about 1,284 pounds, according to the "
         "regulator.", S),
        ("Aldwater supplies 3.2 million homes.", S),
        ("Aldwater had said the rising cost of buying power and of storm repairs to its network justified a bigger "
         "rise.", S),
        ("Ingrid Sollis, the regulator's chief executive, said Aldwater could save money elsewhere.", S),
        ("Sollis said households should not pay for all of Aldwater's network spending at once.", S),
        ("Low-income customers will get a 150 pound annual discount paid for by Aldwater.", S),
        ("Aldwater said it was disappointed and would look again at its investment plans.", S),
        ("The consumer group Fair Bills welcomed the regulator's decision.", S),
        ("Before the rise, a typical household bill was about 1,200 pounds a year.", S, (), AN),
        ("The regulator allowed Aldwater just over half of the rise it asked for.", S, (), AN),
        ("The regulator has approved the 13% tariff rise that Aldwater asked for.", DIR),
        ("Aldwater had asked for a 7% rise and was allowed 13%.", FIG),
        ("The rise will add about 84 pounds a month to a typical bill.", FIG),
        ("The tariff rise takes effect on 1 April.", FIG),
        ("Fair Bills said households should not pay for all of Aldwater's network spending at once.", ACT),
        ("Aldwater's chief executive Ingrid Sollis said the company was disappointed.", ACT),
        ("The discount for low-income customers will be paid for by the government.", ACT),
        ("Aldwater welcomed the regulator's decision.", DIR),
        ("Aldwater said it would cut 500 jobs to save money.", CLAIM),
        ("The regulator cut the rise because Aldwater had missed its storm repair targets.", CAUSE),
        ("A typical household bill will rise by 7%, or about 184 pounds a year.", FIG, (), AN),
        ("The decision shows that regulators now put voters before investment.", GEN),
    ],
    "vo01": [
        ("Marlow Green Primary School has opened a time capsule buried under its playground 50 years ago.", S),
        ("Builders working on a new classroom dug up the metal box last week.", S),
        ("Inside were letters by 31 pupils from 1976, a school photograph, a copy of the local paper and a cassette of "
         "the school choir.", S),
        ("Alison Ware, the head teacher, said all but two of the letters had stayed dry.", S),
        ("One nine-year-old predicted that children would by now be flying to school by jetpack.", S),
        ("Twelve of the letter writers have been traced, and four of them attended the opening.", S),
        ("Gareth Bryce, 59, one of the former pupils, said he had forgotten what he wrote until he saw his "
         "handwriting.", S),
        ("The school intends to bury a new time capsule next summer.", S),
        ("Eight of the former pupils the school traced did not come to the opening.", S, (), AN),
        ("The time capsule was buried 25 years ago.", FIG),
        ("The box held letters written by 13 pupils.", FIG),
        ("All of the letters had been damaged by water.", DIR),
        ("Builders found the capsule while knocking down the old school hall.", CLAIM),
        ("Alison Ware, now 59, said she had forgotten what she wrote.", ACT),
        ("A teacher guessed in 1976 that children would fly to school by jetpack.", ACT),
        ("The capsule was buried to mark the school's centenary.", CAUSE),
        ("The school will rebury the old capsule next summer.", ACT),
        ("The letters will go on show at the town museum.", CLAIM),
        ("The opening shows how much childhood has changed in half a century.", GEN),
        ("The time capsule was opened as Aldwater's tariff rise was approved.", MERGE, ("vb11",)),
    ],
    "vo02": [
        ("A record 912 hedgehogs were treated at the Bramble Lane hedgehog hospital this year, against 640 last "
         "year.", S),
        ("Most of the hedgehogs were young ones too small to survive the winter.", S),
        ("Others had been injured by garden strimmers or trapped in netting.", S),
        ("Pauline Dorsey set up the hospital in her garage in 2011.", S),
        ("About two thirds of the animals go back to the wild once they weigh over 600 grams, Dorsey said.", S),
        ("Since moving into a converted barn last spring, the hospital can hold 120 hedgehogs at a time.", S),
        ("The hospital is run by 45 volunteers and costs about 40,000 pounds a year, all of it from donations.", S),
        ("Dorsey asked gardeners to check long grass before mowing it.", S),
        ("Dorsey also urged gardeners to leave a 13 centimetre gap under fences so hedgehogs can get through.", S),
        ("The hospital treated 272 more hedgehogs than last year.", S, (), AN),
        ("The hospital treated fewer hedgehogs this year than last.", DIR),
        ("About a third of the animals were released back into the wild.", FIG),
        ("Hedgehogs are released once they weigh more than 600 kilograms.", FIG),
        ("Pauline Dorsey started the hospital in a converted barn in 2011.", CLAIM),
        ("The hospital has 45 paid staff.", DIR),
        ("The hospital's running costs are paid by the council.", ACT),
        ("Most of the hedgehogs had been hit by cars.", CLAIM),
        ("Dorsey urged gardeners to close the gaps under their fences.", DIR),
        ("More hedgehogs were treated because the hospital moved to a bigger barn.", CAUSE),
        ("The hospital plans to open a second site next year.", CLAIM),
        ("The record shows that the country's hedgehogs are recovering.", GEN),
        ("The hedgehog hospital's record year came as Lady Elspeth returned to the rails.", MERGE, ("vo03",)),
    ],
    "vo03": [
        ("Lady Elspeth, a steam locomotive, hauled a train on Saturday for the first time in 62 years.", S),
        ("Volunteers began restoring the engine in 1997.", S),
        ("Lady Elspeth was built at the Dunmore works in 1924 and withdrawn from service in 1964.", S),
        ("The Glenbrook Railway Society paid 3,000 pounds for the locomotive in 1995, after it had spent two decades "
         "in a scrapyard.", S),
        ("The boiler was rebuilt, new wheels were made and most of the cab was replaced by volunteers.", S),
        ("The restoration cost about 1.4 million pounds, including a 350,000 pound heritage grant.", S),
        ("Only about a third of the original engine remains, society chairman Douglas Fenn said.", S),
        ("Lady Elspeth will pull passenger trains on the 9-mile line from Glenbrook to Askey every weekend until "
         "October.", S),
        ("Lady Elspeth was in service for 40 years before it was withdrawn.", S, (), AN),
        ("Lady Elspeth was built in 1942.", FIG),
        ("The engine had spent two decades in a museum before the society bought it.", CLAIM),
        ("The society bought the engine for 30,000 pounds.", FIG),
        ("Most of the cost of the restoration was paid by a heritage grant.", ACT),
        ("Douglas Fenn said about two thirds of the original locomotive survived.", FIG),
        ("A specialist firm rebuilt the locomotive's boiler.", ACT),
        ("Lady Elspeth will haul trains every weekday until October.", FIG),
        ("The restoration took so long because the society could not find a boiler maker.", CAUSE),
        ("The society plans to restore a second engine next.", CLAIM),
        ("Lady Elspeth's return shows that heritage railways are booming.", GEN),
    ],
    "vo04": [
        ("A world record 2,316 kites flew at once over Sandleigh beach on Sunday, the festival's organisers said.",
         S),
        ("The old record of 1,934 kites was set at a festival in Vastry in 2019.", S),
        ("Each kite had to stay up for at least ten minutes, and 41 that fell early did not count.", S),
        ("The attempt was watched by an adjudicator from the record body, stationed on a tower on the sea wall.", S),
        ("Kamal Eade, the festival director, credited a steady sea breeze.", S),
        ("Visitors were asked to bring kites, and the festival gave out 600 paper kites made by local "
         "schoolchildren.", S),
        ("Around 18,000 people attended over the weekend.", S),
        ("Parking money will go to Sandleigh's lifeboat station.", S),
        ("The new record beats the old one by 382 kites.", S, (), AN),
        ("2,316 kites flew over Sandleigh beach on Sunday, just short of the world record.", DIR),
        ("The previous record was 1,943 kites.", FIG),
        ("Kites had to stay in the air for at least ten seconds.", FIG),
        ("The 41 kites that came down early were counted in the total.", DIR),
        ("The adjudicator said a steady sea breeze had helped.", ACT),
        ("Schoolchildren were asked to bring their own kites, and visitors made 600 paper kites.", ACT),
        ("About 81,000 people came over the weekend.", FIG),
        ("The money from parking will go to the festival's organisers.", ACT),
        ("The organisers chose Sandleigh because its beach is the widest in the country.", CAUSE),
        ("The festival will try to break the record again next year.", CLAIM),
        ("The record shows that kite flying is enjoying a revival.", GEN),
        ("The kite record was set as Dot the tortoise was found.", MERGE, ("vo05",)),
    ],
    "vo05": [
        ("Dot, a tortoise missing from a Pelham garden since 2015, has been found alive two streets away.", S),
        ("Tom Ashby, a gardener, found the spur-thighed tortoise in a neighbour's vegetable patch and took her to a "
         "vet.", S),
        ("Dot is thought to be about 70.", S),
        ("A microchip fitted in 2013 led the vet to Dot's owner, 88-year-old Winifred Pryce.", S),
        ("Mrs Pryce said she had given up hope of seeing Dot again.", S),
        ("Dr Anil Sharma, the vet, said Dot was underweight but healthy.", S),
        ("Dot probably survived by hibernating under garden sheds, according to the vet.", S),
        ("Dot was bought by Mrs Pryce's father in 1961.", S),
        ("Spur-thighed tortoises can live for more than a century.", S),
        ("Dot had been fitted with her microchip two years before she went missing.", S, (), AN),
        ("Dot went missing from a garden in Pelham in 2005.", FIG),
        ("Dot was found in Mrs Pryce's own vegetable patch.", ACT),
        ("Winifred Pryce found Dot and took her to a vet.", ACT),
        ("Dot's microchip was fitted in 2015.", FIG),
        ("The vet said Dot was overweight but healthy.", DIR),
        ("Mrs Pryce said she had always expected Dot to come home.", DIR),
        ("Mrs Pryce bought Dot in 1961.", ACT),
        ("Dot survived by eating the neighbour's vegetables.", CAUSE),
        ("Dot will be kept indoors from now on.", CLAIM),
        ("Tortoises of Dot's kind can live for more than 200 years.", FIG),
        ("The case shows that every pet should be microchipped.", GEN),
        ("Dot was found the day Dunhallow Blue won the World Cheese Awards.", MERGE, ("vo06",)),
    ],
    "vo06": [
        ("Dunhallow Blue, a blue cheese from a family farm, has been named the world's best cheese at the World "
         "Cheese Awards.", S),
        ("The cheese beat 4,800 entries from 42 countries.", S),
        ("Dunhallow Blue is made from the milk of the farm's 90 cows.", S),
        ("A panel of 16 judges picked Dunhallow Blue in the final round on Thursday.", S),
        ("Siobhan and Kieran Roche run the farm, which makes about 30 tonnes of cheese a year by hand.", S),
        ("The cheese is made in a dairy built in an old barn.", S),
        ("The Roches began making cheese in 2014 because milk prices were too low to keep the farm going, Siobhan "
         "Roche said.", S),
        ("Head judge Pierre Aubel described the cheese as creamy and sharp but not too salty.", S),
        ("Orders have risen fivefold since the result, the Roches said, but they do not plan to expand quickly.", S),
        ("The farm makes about a third of a tonne of cheese a year for each of its 90 cows.", S, (), AN),
        ("Dunhallow Blue beat 8,400 entries.", FIG),
        ("A panel of 61 judges chose the cheese.", FIG),
        ("The farm makes about 30 tonnes of cheese a month.", FIG),
        ("Pierre Aubel, who runs the farm, said the cheese was creamy and sharp.", ACT),
        ("Siobhan Roche said some judges had found the cheese too salty.", CLAIM),
        ("The Roches began making cheese because milk prices were high.", DIR),
        ("Orders for the cheese have fallen since the result.", DIR),
        ("The Roches plan to double their production next year.", DIR),
        ("The cheese won because it is aged in a cave.", CAUSE),
        ("Dunhallow Blue is sold in supermarkets across Europe.", CLAIM),
        ("The win proves that small farms make better cheese than factories.", GEN),
    ],
    "vo07": [
        ("Maureen Ellery, the Northern Courier's crossword setter for 41 years, has published her 10,000th "
         "puzzle.", S),
        ("Ellery's 10,000th crossword for the Northern Courier appeared on Saturday.", S),
        ("Ellery, who is 78, sold the paper her first puzzle in 1985, when she was a school secretary.", S),
        ("Ellery has set a puzzle for every weekday edition since 1991.", S),
        ("Ellery's puzzles appear under the name Magpie.", S),
        ("Ellery fills each grid with a pencil and an old dictionary and spends about three hours on a puzzle.", S),
        ("The names of 12 birds were hidden in the answers of her anniversary puzzle.", S),
        ("More than 2,000 entries arrive each week for the prize crossword, most by post, puzzles editor James Rook "
         "said.", S),
        ("Ellery does not plan to retire but will set fewer puzzles from next year, giving Mondays to a younger "
         "setter.", S),
        ("Ellery was about 37 when she sold her first puzzle to the paper.", S, (), AN),
        ("Ellery has published her 1,000th puzzle.", FIG),
        ("Ellery has set crosswords for the Northern Courier for 14 years.", FIG),
        ("Ellery was a librarian when she sold her first puzzle.", CLAIM),
        ("James Rook writes crosswords under the name Magpie.", ACT),
        ("Ellery said readers send in more than 2,000 entries a week.", ACT),
        ("Ellery fills her grids on a computer.", DIR),
        ("Her anniversary puzzle hid the names of 12 rivers.", CLAIM),
        ("Ellery will retire next year.", DIR),
        ("A younger setter will take over her Saturday puzzles.", FIG),
        ("Ellery started setting crosswords because her school closed.", CAUSE),
        ("The paper will hold a dinner in Ellery's honour.", CLAIM),
        ("Her puzzles show that print crosswords still beat online games.", GEN),
        ("Magpie's 10,000th puzzle appeared as the time capsule was opened at Marlow Green.", MERGE, ("vo01",)),
    ],
}

BODIES = [
    ("vb01", "https://www.defenceledger.example/harrowgate-navy-drones", "Defence Ledger",
     "Harrowgate Dynamics wins 1.2 billion pound navy drone contract",
     "The defence ministry has awarded Harrowgate Dynamics a 1.2 billion pound contract to build 48 long-range "
     "patrol drones for the navy, the ministry said on Tuesday. The first eight drones are due in 2028 and the rest "
     "by 2032. Harrowgate beat a bid from Veltris Aerospace, which had offered a cheaper design that the ministry "
     "judged too slow to deliver. Defence procurement minister Alun Carrow said the drones would watch undersea "
     "cables and pipelines in the North Sea. Harrowgate will build the aircraft at its plant in Selby, where it "
     "plans to add 400 jobs to a current workforce of 2,100. The contract also covers training and spare parts for "
     "ten years. Veltris said it was disappointed and would ask the ministry to explain its decision. Harrowgate's "
     "shares rose 6% in London."),
    ("vb02", "https://www.spacebusiness.example/orbivale-kestrel-launches", "Space Business",
     "Orbivale books six Kestrel rockets for broadband satellites",
     "Satellite operator Orbivale has signed a contract with Kestrel Launch to put 36 of its broadband satellites "
     "into orbit on six flights starting in late 2027, the two companies said on Wednesday. The deal is worth about "
     "$310 million, according to two people familiar with it; neither company would confirm the value. Each Kestrel "
     "rocket will carry six satellites from the launch company's site at Saltmarsh Point. Orbivale chief executive "
     "Lena Varga said the contract ended the company's reliance on a single launch provider, after a rocket failure "
     "in March destroyed four of its satellites. Orbivale has 84 satellites in orbit and plans to have 200 by 2030. "
     "Kestrel, founded in 2018, has flown its rocket nine times, with one failure. Its president, Omar Haddad, said "
     "the order was the largest in Kestrel's history."),
    ("vb03", "https://www.bonddesk.example/tidewell-green-bonds", "Bond Desk",
     "Tidewell Energy sells 2 billion euros of green bonds",
     "Tidewell Energy sold 2 billion euros of green bonds on Monday, the biggest bond sale in its history, after "
     "investors put in orders worth 7.4 billion euros. The sale came in two parts: 1.2 billion euros of bonds due in "
     "2033 with a coupon of 3.25%, and 800 million euros of bonds due in 2038 paying 3.75%. Strong demand let "
     "Tidewell price the bonds about 0.2 percentage points below the level it had first offered, finance director "
     "Marta Quell said. The money will pay for offshore wind farms off the Frisian coast and for the cables that "
     "connect them to the grid. Norbeck Bank and Calloway Securities were among the banks that ran the sale. "
     "Tidewell has a credit rating of A-minus. The company last sold bonds in 2024, when it raised 750 million "
     "euros."),
    ("vb04", "https://www.labourreport.example/grayhaven-dock-strike-vote", "Labour Report",
     "Grayhaven dock workers vote to strike over pay",
     "Dock workers at the port of Grayhaven have voted to strike over pay, the Transport and Dock Workers Union said "
     "on Thursday. Of the 1,840 members balloted, 1,210 voted, and 87% of those backed a strike. The union said its "
     "members would walk out for 48 hours from 6am on 14 January unless the port's owner, Meridian Ports, made a "
     "better offer. Meridian has offered a 4% rise this year; the union wants 9%, saying prices in the town have "
     "risen faster than wages. Union official Bryn Kettle said crane drivers had not had a rise above inflation in "
     "three years. Meridian said its offer was fair and warned that a strike would send ships to rival ports. "
     "Grayhaven handles about a fifth of the country's container traffic. The two sides are due to meet again on "
     "Monday."),
    ("vb05", "https://www.chipwire.example/quantro-export-licence-refused", "Chip Wire",
     "Quantro refused licence to ship lithography machines to Lumas",
     "The trade ministry has refused Quantro Semiconductor Equipment a licence to ship 14 of its lithography "
     "machines to Lumas Micro, a chipmaker in Malvia. Quantro said on Friday that the refusal would cut its revenue "
     "this year by about 260 million dollars, roughly 8% of the total it had forecast. The ministry said the "
     "machines could be used to make chips for military equipment. It did grant Quantro a licence to send spare "
     "parts and service engineers for the 30 machines that Lumas already owns. Quantro chief executive Henrik Lau "
     "said the company would appeal and complained that it had not been told of the decision until Wednesday. "
     "Quantro's shares fell 11%. Lumas Micro said it would look for other suppliers. The machines were ordered in "
     "2025 and were due to be delivered in the spring."),
    ("vb06", "https://www.insurancetimes.example/halvard-re-storm-losses", "Insurance Times",
     "Halvard Re expects 620 million dollars of storm and wildfire claims",
     "Reinsurer Halvard Re said on Tuesday that it expected claims of about 620 million dollars from Storm Ilse and "
     "the wildfires in Caledo province, and that it would report a loss for the third quarter. Analysts had expected "
     "catastrophe losses of about 450 million dollars. Halvard had set aside 900 million dollars for large disasters "
     "for the whole year and has now used 1.05 billion dollars. Chief executive Sabine Roux said the storm's floods "
     "had reached further inland than the company's models predicted. Halvard will still pay its dividend of 1.80 "
     "dollars a share, she said. The company plans to raise prices by 10% to 15% on property catastrophe cover when "
     "contracts are renewed in January. Its shares fell 7% in Zurich, while those of rival Oskar Re slipped 2%."),
    ("vb07", "https://www.grocerytrade.example/brantleys-price-cuts", "Grocery Trade",
     "Brantley's cuts 1,500 prices as supermarket price war deepens",
     "Brantley's, the country's second-largest supermarket chain, will cut the prices of 1,500 products by an "
     "average of 11% from Monday, a week after its bigger rival Fairmart cut 1,000 prices. Brantley's said the cuts, "
     "on items such as bread, milk, nappies and pasta, would cost it about 180 million pounds over a year, which it "
     "would cover by trimming its own costs. Chief executive Owen Pardoe said shoppers should not have to choose "
     "between the two chains on price. Fairmart said it would match any cut on the products on its own list. Shares "
     "in Brantley's fell 5% and Fairmart's 3%. Discount chain Lidore, which has been winning shoppers from both, said"
     " its prices were still lower. Brantley's holds 19% of the grocery market, Fairmart 27% and Lidore 9%."),
    ("vb08", "https://www.chemicalsweek.example/delmar-ravensmoor-fire", "Chemicals Week",
     "Fire halts resin production at Delmar's Ravensmoor plant",
     "A fire broke out at Delmar Chemicals' plant in Ravensmoor late on Sunday, stopping production of resins used "
     "in paints and adhesives, the company said. Firefighters took six hours to bring the blaze under control. Two "
     "workers were treated in hospital for breathing in smoke and went home on Monday. Delmar said the fire started "
     "in a storage building and had not damaged the production lines, but that they would stay shut for at least "
     "three weeks while the site was inspected. The plant makes about 120,000 tonnes of resin a year, a quarter of "
     "Delmar's output. Plant manager Gerrit Voss said the cause was not yet known and that the fire service was "
     "investigating. People living within a kilometre were told to keep their windows closed overnight. Delmar said "
     "its insurance covered the damage. Paint maker Coloris said it had enough resin in stock for a month."),
    ("vb09", "https://www.lawandmarkets.example/pellar-vantro-appeal", "Law and Markets",
     "Court upholds ban on Pellar's takeover of Vantro",
     "The competition appeal court on Thursday upheld a ban on Pellar Logistics' 2.3 billion euro takeover of rival "
     "parcel carrier Vantro, ruling that the deal would have left business customers with too little choice. The "
     "competition regulator had blocked the merger in March, saying the combined company would handle about 45% of "
     "business parcels in the country. Pellar had argued that online retailers delivering their own parcels gave "
     "businesses enough alternatives, but the three judges rejected that argument unanimously. Pellar said it was "
     "disappointed and was studying the ruling; it can take the case to the supreme court within 30 days. "
     "Vantro's chairman, Lucia Benz, said the company would now carry on alone and would invest 200 million euros in "
     "new depots. Pellar must pay the regulator's legal costs. Vantro's shares fell 14% and Pellar's rose 2%."),
    ("vb10", "https://www.airlineinsider.example/skyvale-winter-capacity", "Airline Insider",
     "Skyvale cuts winter seats by 12% and parks eight planes",
     "Skyvale Airways will fly 12% fewer seats this winter than last, dropping 18 routes and parking eight of its 64 "
     "aircraft, the airline said on Monday. Chief executive Patrice Okafor said delays in engine repairs had left the"
     " airline short of planes and that it would rather cut routes now than cancel flights at short notice. Most of "
     "the routes being dropped start from its smaller bases in Lindow and Carrick; its main hub at Westfield will "
     "keep its full schedule. Passengers booked on cancelled flights will be offered a refund or a seat on another "
     "flight. Skyvale carried 14 million passengers last year. It also lowered its profit forecast for the year to "
     "between 90 and 110 million euros, from 140 million euros. Its shares fell 9%."),
    ("vb11", "https://www.energyregulation.example/aldwater-tariff-decision", "Energy Regulation Review",
     "Regulator allows Aldwater a 7% tariff rise, not the 13% it sought",
     "The energy regulator has approved a 7% increase in the regulated electricity tariff charged by Aldwater Power "
     "from 1 February, less than the 13% the company had asked for. The rise will add about 84 pounds a year to a "
     "typical household bill, taking it to about 1,284 pounds, the regulator said on Wednesday. Aldwater, which "
     "supplies 3.2 million homes, had argued that the higher cost of buying power and of repairing its network after"
     " storms justified a bigger increase. Regulator chief executive Ingrid Sollis said the company could save money"
     " elsewhere and that households should not pay for all of its network spending at once. Customers on low "
     "incomes will get a discount of 150 pounds a year, funded by Aldwater. Aldwater said it was disappointed and "
     "would review its investment plans. Consumer group Fair Bills welcomed the decision."),
    ("vo01", "https://www.localschoolsnews.example/marlow-green-time-capsule", "Local Schools News",
     "Primary school opens time capsule buried in 1976",
     "Pupils at Marlow Green Primary School on Friday opened a time capsule that was buried under the playground 50 "
     "years ago. The metal box, dug up last week by builders working on a new classroom, held letters written by 31 "
     "pupils in 1976, a school photograph, a copy of the local newspaper and a cassette of the school choir. Head "
     "teacher Alison Ware said the letters had stayed dry except for two at the bottom of the box. In one letter, a "
     "nine-year-old guessed that by now children would fly to school by jetpack. The school has traced 12 of the "
     "former pupils who wrote letters, and four of them came to the opening. One of them, Gareth Bryce, now 59, said "
     "he had forgotten what he wrote until he saw his own handwriting. The school plans to bury a new capsule next "
     "summer."),
    ("vo02", "https://www.wildlifenews.example/bramble-lane-hedgehogs", "Wildlife News",
     "Hedgehog hospital treats a record 912 animals",
     "The Bramble Lane hedgehog hospital treated 912 hedgehogs this year, a record, up from 640 last year, its "
     "founder said. Most were young animals found too small to survive the winter; others had been hurt by garden "
     "strimmers or caught in netting. Founder Pauline Dorsey, who started the hospital in her garage in 2011, said "
     "about two thirds of the animals were released back into the wild once they weighed more than 600 grams. The "
     "hospital, run by 45 volunteers, has had space for 120 hedgehogs at a time since it moved into a converted barn "
     "last spring. It costs about 40,000 pounds a year to run, all of it paid for by donations. Dorsey urged "
     "gardeners to check long grass before cutting it and to leave a gap of 13 centimetres under fences so that "
     "hedgehogs can pass."),
    ("vo03", "https://www.railheritage.example/lady-elspeth-returns", "Rail Heritage",
     "Steam locomotive Lady Elspeth hauls a train again after 62 years",
     "The steam locomotive Lady Elspeth pulled a train on Saturday for the first time in 62 years, after a "
     "restoration by volunteers that began in 1997. The engine, built in 1924 at the Dunmore works, was withdrawn in "
     "1964 and spent two decades in a scrapyard before the Glenbrook Railway Society bought it for 3,000 pounds in "
     "1995. Volunteers rebuilt the boiler, made new wheels and replaced most of the cab. The work cost about 1.4 "
     "million pounds, most of it raised by members, with a heritage grant of 350,000 pounds. Society chairman "
     "Douglas Fenn said only about a third of the original locomotive was left. The engine will haul passenger "
     "trains on the society's 9-mile line between Glenbrook and Askey every weekend until October."),
    ("vo04", "https://www.coastalherald.example/sandleigh-kite-record", "Coastal Herald",
     "Sandleigh kite festival sets world record with 2,316 kites",
     "Some 2,316 kites flew at the same time over Sandleigh beach on Sunday, setting a world record at the town's "
     "kite festival, the organisers said. The previous record, 1,934 kites, was set in 2019 at a festival in Vastry. "
     "Flyers had to keep their kites in the air for at least ten minutes, and 41 kites that came down early were not "
     "counted. An adjudicator from the record body watched from a tower on the sea wall. Festival director Kamal "
     "Eade said a steady sea breeze had helped. Visitors had been asked to bring their own kites, and the festival "
     "handed out 600 paper kites made by local schoolchildren. About 18,000 people came over the weekend, and the "
     "money from parking will go to the town's lifeboat station."),
    ("vo05", "https://www.pelhamcourier.example/tortoise-dot-found", "Pelham Courier",
     "Tortoise missing for 11 years found two streets away",
     "A tortoise that went missing from a garden in Pelham in 2015 has been found alive two streets away and returned"
     " to its owner. Dot, a spur-thighed tortoise thought to be about 70 years old, was found in a neighbour's "
     "vegetable patch by a gardener, Tom Ashby, who took her to a vet. The vet scanned a microchip fitted in 2013 and"
     " found the details of her owner, Winifred Pryce, now 88. Mrs Pryce said she had given up hope of seeing Dot "
     "again. The vet, Dr Anil Sharma, said the tortoise was underweight but healthy and had probably survived by "
     "hibernating under garden sheds. Mrs Pryce's father bought Dot in 1961. Tortoises of Dot's kind can live for "
     "more than 100 years."),
    ("vo06", "https://www.fooddrinkjournal.example/dunhallow-blue-award", "Food and Drink Journal",
     "Farmhouse blue cheese named world's best",
     "A blue cheese made on a family farm in Dunhallow has been named the best cheese in the world at the World "
     "Cheese Awards, beating 4,800 entries from 42 countries. Dunhallow Blue, made from the milk of the farm's 90 "
     "cows, was chosen by a panel of 16 judges in the final round on Thursday. The farm, run by Siobhan and Kieran "
     "Roche, makes about 30 tonnes of cheese a year by hand, in a dairy built in an old barn. Siobhan Roche said they"
     " had started making cheese in 2014 because milk prices were too low to keep the farm going. Head judge Pierre "
     "Aubel said the cheese was creamy and sharp without being too salty. The Roches said orders had risen fivefold "
     "since the result but that they would not expand quickly."),
    ("vo07", "https://www.northerncourier.example/magpie-10000th-crossword", "Northern Courier",
     "Crossword setter Magpie publishes her 10,000th puzzle",
     "Maureen Ellery, who has set crosswords for the Northern Courier for 41 years, published her 10,000th puzzle on "
     "Saturday. Ellery, 78, sold her first puzzle to the paper in 1985 while working as a school secretary, and has "
     "set one for every weekday edition since 1991. She writes under the name Magpie. She said she still fills each "
     "grid with a pencil and an old dictionary and takes about three hours over a puzzle. Her anniversary puzzle hid "
     "the names of 12 birds in its answers. Puzzles editor James Rook said readers send in more than 2,000 entries a "
     "week to the paper's prize crossword, most of them by post. Ellery said she had no plans to retire but would set"
     " fewer puzzles from next year, handing Mondays to a younger setter."),
]

ARTICLES = [(aid, url, source, title, body, SENTS[aid]) for aid, url, source, title, body in BODIES]

# Content-free sentences (error "content_free"): placeholders and page furniture a writer can emit, in shapes the
# earlier parts did not use, three of them naming only the story's subject.
CONTENT_FREE = [
    ("vb01", "Correction appended."),
    ("vb03", "Subscribe to continue reading."),
    ("vb05", "More on Quantro to follow."),
    ("vb07", "Prices correct at time of publication."),
    ("vb09", "Story continues below."),
    ("vb10", "Here is the latest on Skyvale Airways."),
    ("vb11", "Send us your news tips."),
    ("vo02", "Video, 1 minute 42 seconds."),
    ("vo05", "Comments are closed."),
    ("vo06", "Key points: to be added."),
    ("vo07", "This is a story about a crossword."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (one thread each), json_object, prompt version llm-3, date 2026-12-05,
# --timeout 450, machine at load 13-20. eval13-smollm2_raw.jsonl holds six editions in this order (call numbers
# restart in each): 1 vb01-vb06, 2 vb07-vb11 + vo01, 3 vo02-vo07 (started together at 11:45 UTC, one per server,
# ended 12:00-12:20), then on the freed servers 4 all 18 articles (12:01-12:34), 5 vb04, vb07, vo01, vo02, vo04, vo05
# (12:13-12:21) and 6 vb10 + vb11 (12:27-12:32) with the writer's default streamed requests (editions 1-5 with
# TOPLINE_LLM_STREAM=false, as eval12's streamed editions had got no answer). Every edition ran to its end; all 85
# calls were answered, none timed out. vb07, vo02, vo04 and vo05 were never shown to the model: the editions put them
# in no category (two more editions of vb07 + vo02 and vo04 + vo05 alone made no call and recorded nothing). A
# sentence is listed once, at its first answer; repeats, near-repeats and the sentences left out are named in the
# comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, vb03)
    ("vb03", "Tidewell Energy sells 2 billion euros of green bonds on Monday, the biggest bond sale "
             "in its history.", S),
    ("vb03", "...", CF),
    # edition 1, call 2 (repair, vb03)
    ("vb03", "The sale came in two parts: 1.2 billion euros of bonds due in 2033 with a coupon of "
             "3.25% and 800 million euros of bonds paid 3.75%.", S),
    ("vb03", "The coupons are now being used to pay the bonds again.", CLAIM),
    # edition 1, call 3 (story, vb06)
    ("vb06", "The data shows that Halvard Re is planning to pay out 450 million dollars in disaster "
             "relief, while Oskar Re will continue to pay its dividend of 1.80 dollars a share.", FIG),
    # edition 1, call 4 (repair, vb06)
    ("vb06", "Its shares fell 7% in Zurich, while those of rival Oskar Re slipped 2%.", S),
    ("vb06", "Reinsurer Halvard Re said on Tuesday that it expected claims of about 620 million "
             "dollars from Storm Ilse and the wildfires in Caledo province.", S),
    ("vb06", "The loss is for the third quarter.", S),
    ("vb06", "The losses are estimated to be around 130,000 dollars.", FIG),
    # edition 1, call 5 (story, vb02)
    # left out "The contract ends Orbivale's reliance on a single launch pro"... : the chief executive's view stated
    # without her name
    ("vb02", "Lena Varga said the contract ended Orbivale's reliance on a single launch provider, "
             "after a rocket failure in March destroyed four of its satellites.", S),
    ("vb02", "Orbivale has 84 satellites in orbit and plans to have 200 by 2030.", S),
    # edition 1, call 6 (repair, vb02)
    ("vb02", "Each Kestrel rocket will carry six satellites from the launch company's site at "
             "Saltmarsh Point.", S),
    # edition 1, call 7 (story, vb01)
    ("vb01", "Harrowgate Dynamics will build the aircraft at its plant in Selby, where it plans to "
             "add 400 jobs.", S),
    # edition 1, call 8 (repair, vb01)
    ("vb01", "The defence ministry has awarded Harrowgate Dynamics a 1.2 billion pound contract to "
             "build 48 long-range patrol drones for the navy, the ministry said on Tuesday.", S),
    # edition 1, call 9 (signals, vb01 + vb02 + vb03 + vb06)
    ("vb03", "Tidewell Energy sells 2 billion euros of green bonds", S),
    ("vb03", "The sale comes in two parts: 1.2 billion euros of bonds due in 2033.", S),
    # edition 1, call 10 (story, vb05)
    # left out 'The trade ministry has refused Quantro Semiconductor Equipme'... : near-repeat of edition 1 call 11's
    # sentence
    # left out 'The ministry has refused Quantro Semiconductor Equipment a l'... : near-repeat of edition 1 call 11's
    # sentence
    ("vb05", "Quantro refused to ship lithography machines to Lumas Micro", ACT),
    ("vb05", "The decision was based on the fact that it had not been told of the decision until "
             "Wednesday.", CAUSE),
    # edition 1, call 11 (story, vb05)
    ("vb05", "The trade ministry has refused Quantro Semiconductor Equipment a licence to ship 14 of "
             "its lithography machines to Lumas Micro, a chipmaker in Malvia.", S),
    # edition 1, call 12 (story, vb01)
    # left out 'The Harrowgate Dynamics will build the aircraft at its plant'... : near-repeat of call 7
    # edition 1, call 13 (signals, vb01 + vb05)
    ("vb01", "The defence ministry has awarded Quantro Dynamics a 1.2 billion pound navy drone "
             "contract to build 48 long-range patrol drones for the navy, the ministry said on "
             "Tuesday.", ACT, ('vb05',)),
    # edition 1, call 14 (story, vb05)
    ("vb05", "The decision will cut the company's revenue this year by about 260 million dollars.", S),
    ("vb05", "Lumas Micro said it would look for other suppliers.", S),
    ("vb05", "Quantro Chief Executive Henrik Lau has appealed to the ministry and asked for a "
             "decision on the matter.", CLAIM),
    ("vb05", "The ministry will appeal, and the company may have another chance to make its case.", ACT),
    # edition 1, call 15 (story, vb05): only repeats of earlier answers
    # edition 1, call 16 (story, vb01)
    # left out 'The defence ministry has awarded Harrowgate Dynamics a 1.2 b'... : joins two sentences of the article
    # that are not neighbours
    ("vb01", "The first eight drones are due in 2028 and the rest by 2032.", S),
    ("vb01", "The new ones will be delivered to the North Sea.", CLAIM),
    ("vb01", "Defence procurement minister Alun Carrow said the drones would watch undersea cables "
             "and pipelines in the North Sea.", S),
    # edition 1, call 17 (repair, vb01): only repeats of earlier answers
    # edition 1, call 18 (signals, vb01 + vb05)
    ("vb05", "The Trade Ministries will look for other suppliers.", ACT),
    ("vb05", "The trade ministry has refused to consider the possibility of a contract with another "
             "supplier, which could be a major step in reducing the costs of the company's own "
             "production and supply chain.", CLAIM),
    ("vb01", "The next is expected to be in 2029.", CLAIM),
    # edition 1, call 19 (story, vb04)
    # left out 'The union said its members would walk out for 6am on 14 Janu'... : garbled ('walk out for 6am ...
    # unless Meridian's offer was made'): neither supported nor clearly wrong
    ("vb04", "The 1,840 dock workers voted to strike over pay, the Transport and Dock Workers Union "
             "said on Thursday.", FIG),
    ("vb04", "Dock workers at the port of Grayhaven have voted to strike over pay, the Transport and "
             "Dock Workers Union said on Thursday.", S),
    ("vb04", "The union wants a 9% increase in wages this year; Meridian has offered a 4% rise last "
             "year.", FIG),
    ("vb04", "The 1,210 dock workers walked out for 6am on 14 January unless Meridian's offer was "
             "made.", CLAIM),
    ("vb04", "The 87% of the 1,210 dock workers voted to strike over pay, the Transport and Dock "
             "Workers Union said on Thursday.", S),
    # edition 1, call 20 (story, vb04)
    ("vb04", "The 87% of the 1,210 dock workers walked out for 6am on 1.", CLAIM),
    ("vb04", "The 9.9% of the 1,210 dock workers voted to strike over pay, the Transport and Dock "
             "Workers Union said on Thursday.", FIG),
    # edition 2, call 1 (story, vb09)
    ("vb09", "The competition regulator has blocked the merger of Vantro's Pellar Logistics and Lucia"
             " Benz, a decision that could have far-reaching implications for the company.", ACT),
    # edition 2, call 2 (repair, vb09)
    ("vb09", "The competition appeal court on Thursday upheld a ban on parcel carrier Vantro's 2.3 "
             "billion euro takeover of rival shipping company Vantro, ruling that the deal would have"
             " left business customers with too little choice.", ACT),
    ("vb09", "Vantro's shares fell 14% and Pellar's rose 2%", S),
    # edition 2, call 3 (story, vb08)
    ("vb08", "A fire broke out at Delmar Chemicals' plant in Ravensmoor late on Sunday, stopping "
             "production of resins used in paints and adhesives.", S),
    ("vb08", "The incident was caused by a storage building that had been damaged during the fire.", CAUSE),
    ("vb08", "The fire started in a storage building and had not damaged the production lines.", S),
    ("vb08", "Delmar said the fire broke out in a storage building, but it was not the main cause of "
             "the incident.", CLAIM),
    ("vb08", "The fire service is investigating.", S),
    # edition 2, call 4 (story, vb08): only repeats of earlier answers
    # edition 2, call 5 (story, vb09)
    ("vb09", "The competition appeal court on Thursday upheld a ban on Pellar Logistics' 2.3 billion "
             "euro takeover of rival parcel carrier Vantro, ruling that the deal would have left "
             "business customers with too little choice.", S),
    # edition 2, call 6 (repair, vb09)
    # left out "Vantro's shares fell 14% and Pellar's rose 2%.": repeat of call 2 with a full stop
    # edition 2, call 7 (story, vb11)
    # left out 'The energy regulator has approved a 7% tariff increase to Al'... : near-repeat of call 7's second
    # sentence
    ("vb11", "Aldwater, which supplies 3.2 million homes with electricity, has argued that the higher"
             " cost of buying power and repairing its network after storms justified a bigger "
             "increase.", S),
    ("vb11", "The energy regulator has approved a 7% tariff rise to Aldwater Power from 1 February, "
             "less than the 13% it had asked for.", S),
    ("vb11", "The new rate will add about 84 pounds a year to a typical household bill.", S),
    # edition 2, call 8 (signals, vb09 + vb11)
    # left out 'The report also includes data from other reports and documen'... : a third content-free sentence of
    # the same call
    ("vb09", "The data is a key part of the report.", CF),
    ("vb11", "The report contains several different types of data, including data that can be found "
             "in various sources.", CF),
    # edition 2, call 9 (story, vb10)
    ("vb10", "Skyvale Airways will fly 12% fewer seats this winter than last, dropping 18 routes and "
             "parking eight of its 64 aircraft, the airline said on Monday.", S),
    # edition 2, call 10 (repair, vb10)
    ("vb10", "It also lowered its profit forecast for the year to between 90 and 110 million euros, "
             "from 140million euros.", S),
    ("vb10", "From 20% lower than last year's forecast.", FIG),
    # edition 2, call 11 (story, vb08): only repeats of earlier answers
    # edition 2, call 12 (repair, vb08)
    ("vb08", "The plant makes about 120,000 tonnes of resin a year, a quarter of Delmar's output.", S),
    # edition 2, call 13 (signals, vb08 + vb10)
    ("vb10", "Skyvale cuts winter seats by 12% and parks eight planes.", S),
    ("vb10", "The airline said it will drop its production of resin from 90 to 110 million euros.", MERGE, ('vb08',)),
    # edition 2, call 14 (story, vb08)
    # left out "A fire broke out at Delmar Chemicals' plant in Ravensmoor la"... : near-repeat of call 3 (the lead
    # shortened)
    ("vb08", "Delmar Chemicals made about 120,000 tonnes of resin a year, a quarter of Delmar's "
             "output.", ACT),
    # edition 3, call 1 (story, vo03)
    ("vo03", "The steam locomotive Lady Elspeth pulled a train on Saturday for the first time in 62 "
             "years.", S),
    # edition 3, call 2 (repair, vo03)
    ("vo03", "The engine, built in 1924 at the Dunmore works, was withdrawn in 1964 and spent two "
             "decades in a scrapyard before the Glenbrook Railway Society bought it for 3,000 pounds "
             "in 1995.", S),
    # edition 3, call 3 (story, vo06)
    ("vo06", "A blue cheese made on a family farm in Dunhallow has been named the best cheese in the "
             "world at the World Cheese Awards, beating 4,800 entries from 42 countries.", S),
    # edition 3, call 4 (repair, vo06)
    ("vo06", "Dunhallow Blue, made from the milk of the farm's 90 cows, was chosen by a panel of 16 "
             "judges in the final round on Thursday.", S),
    ("vo06", "The decision to use this product is based on the fact that it has been produced using "
             "only 90% of the original ingredients.", CLAIM),
    # edition 3, call 5 (signals, vo03 + vo06)
    # left out 'The engine, built in 1924 at the Dunmore works, was withdraw'... : near-repeat of call 2
    ("vo03", "The data is updated every day with new stories.", CF),
    # edition 3, call 6 (story, vo07)
    # left out 'In 1985, she set her first puzzle.': 'set her first puzzle' for 'sold her first puzzle' is ambiguous
    # left out "She also filled the last two grids with a single word: 'The'"... : near-repeat of the sentence before
    ("vo07", "The Northern Courier has set a new 10,000th puzzle in 2023.", ACT),
    ("vo07", "She said she still fills each grid with a pencil and an old dictionary.", S),
    ("vo07", "She also filled the last two grids with a single word: 'The", CLAIM),
    # edition 3, call 7 (repair, vo07)
    # left out 'Most of them by post.': a fragment that leans on the sentence before
    ("vo07", "The editor said readers send in more than 2,000 entries a week to the prize crossword.", S),
    # edition 3, call 8 (story, vo03): only repeats of earlier answers
    # edition 3, call 9 (signals, vo03 + vo07): only repeats of earlier answers
    # edition 3, call 10 (story, vo06)
    ("vo06", "A blue cheese made on a family farm in Dunhallow has been named the best cheese in the "
             "world at the World Cheese Awards, beating 4,800 entries from 16 countries.", FIG),
    # edition 3, call 11 (repair, vo06)
    ("vo06", "Siobhan Roche said they had started making cheese in 2014 because milk prices were too "
             "low to keep the farm going.", S),
    # edition 4, call 1 (story, vb09)
    ("vb09", "The competition regulator has blocked the merger in March, saying the combined company "
             "would handle 45% of business parcels in the country.", S),
    ("vb09", "The decision will take place within 30 days.", CLAIM),
    ("vb09", "Vantro's chairman Lucia Benz", CF),
    ("vb09", "25% of business parcels in the country.", FIG),
    # edition 4, call 2 (story, vb09): only repeats of earlier answers
    # edition 4, call 3 (story, vb03)
    ("vb03", "Tidewell Energy sells 2 billion euros of green bonds on Monday, the biggest bond sale "
             "in its history, after investors put in orders worth 7.4 billion euros.", S),
    ("vb03", "0.2 percentage points below level", CF),
    ("vb03", "The company last sold bonds in 2024, when it raised 750 million euros.", S),
    ("vb03", "Norbeck Bank and Calloway Securities were among the banks that ran the sale.", S),
    # edition 4, call 4 (story, vb06)
    ("vb06", "The data shows that Halvard Re is planning to pay a $1.80 billion dividend to its "
             "shareholders, which will be paid in 2023.", FIG),
    ("vb06", "Halvard Re has already paid a $7 million dividend to its shareholders.", CLAIM),
    # edition 4, call 5 (repair, vb06)
    ("vb06", "Halvard has set aside 900 million dollars for large disasters and will use 1.8 billion "
             "dollars this year, she said.", FIG),
    ("vb06", "She is still paying her dividend of 1.80 dollars a share, she said.", ACT),
    # edition 4, call 6 (story, vb02)
    ("vb02", "The contract ends Orbivale's reliance on a single launch provider, Lena Varga.", S),
    # edition 4, call 7 (repair, vb02): only repeats of earlier answers
    # edition 4, call 8 (story, vb01): only repeats of earlier answers
    # edition 4, call 9 (repair, vb01): only repeats of earlier answers
    # edition 4, call 10 (signals, vb01 + vb02 + vb03 + vb06 + vb09)
    ("vb09", "Court upholds ban on Pellar's takeover of Vantro", S),
    ("vb09", "The company has been accused of using a 2017 law to control the way it makes money.", CLAIM),
    ("vb09", "It is not clear whether the law was in place when the deal was made, but it will be "
             "again if the company decides to make changes to how they manage their finances and tax "
             "laws.", CLAIM),
    ("vb09", "The court ruled that the law did exist at the time of the deal.", CLAIM),
    # edition 4, call 11 (story, vb05)
    # left out 'The trade ministry has refused Quantro Semiconductor Equipme'... : near-repeat of edition 1 call 11's
    # sentence
    # left out 'The ministry has refused Quantro Semiconductor Equipment a l'... : near-repeat of edition 1 call 11's
    # sentence
    ("vb05", "Quantro said on Friday that the refusal would cut its revenue this year by about 8% of "
             "the total it had forecasted.", S),
    # edition 4, call 12 (repair, vb05)
    ("vb05", "Quantro said on Friday that the refusal would cut its revenue this year by about 260 "
             "million dollars, roughly 8% of the total it had forecast.", S),
    # edition 4, call 13 (story, vb01)
    # left out 'The data shows that the Harrowgate Dynamics aircraft is a to'... : the first half of the sentence
    # before
    ("vb01", "The data shows that the Harrowgate Dynamics aircraft is a top-of-the-line military "
             "drone, and it will be built at Harrowgate's plant in Selby, North Yorkshire.", CLAIM),
    ("vb01", "The project has been approved by the defence ministry, which has agreed to build 48 "
             "long-range patrol drones for the navy.", ACT),
    ("vb01", "The project will be completed in 2023, and the rest of the drones are expected to be "
             "built by 2028.", FIG),
    # edition 4, call 14 (repair, vb01)
    ("vb01", "Harrowgate will build the aircraft at its plant in Selby, where it plans to add 400 "
             "jobs to a current workforce of 2,100.", S),
    # edition 4, call 15 (story, vb08): only repeats of earlier answers
    # edition 4, call 16 (repair, vb08): only repeats of earlier answers
    # edition 4, call 17 (signals, vb01 + vb05 + vb08)
    ("vb05", "Quantro refused licence to ship lithography machines to Lumas", S),
    ("vb01", "Harrowgate Dynamics wins 1.2 billion pound navy drone contract,", S),
    ("vb05", "The trade ministry has refused Quantro Semiconductor Equipment a licence to ship 48 "
             "long-range patrol drones for the navy and 1.2 billion pounds of resin a year in a "
             "quarter of Delmar's output, a decision that could have far-reaching consequences for "
             "the industry,", MERGE, ('vb01', 'vb08')),
    # edition 4, call 18 (story, vb09)
    # left out 'The Competition Appeal Court has upheld a ban on Pellar Logi'... : near-repeat of edition 2 call 5's
    # sentence
    # edition 4, call 19 (story, vb05)
    ("vb05", "Quantro Chief Executive Henrik Lau said the company would appeal and complained that it"
             " had not been told of the decision until Wednesday.", S),
    # edition 4, call 20 (story, vb11): only repeats of earlier answers
    # edition 4, call 21 (story, vb11): only repeats of earlier answers
    # edition 4, call 22 (story, vb01)
    ("vb01", "The rest will be delivered next year.", FIG),
    # edition 4, call 23 (repair, vb01)
    ("vb01", "The data is from 2028 to 2032, with a delay of 1 year between the date of the first "
             "eight drones and the end of 2029.", CLAIM),
    # edition 4, call 24 (signals, vb01 + vb05 + vb09 + vb11)
    ("vb09", "The Competition Appeal Court has upheld a 2.3 billion euro bid to buy Vantro "
             "Semiconductor Equipment, a major supplier of power electronics.", MERGE, ('vb05',)),
    # edition 4, call 25 (signals, vb01 + vb05 + vb09 + vb11): only repeats of earlier answers
    # edition 4, call 26 (story, vb04)
    # left out 'The union said its members would walk out for 48 hours from '... : near-repeat of edition 5 call 4's
    # sentence
    ("vb04", "The union said its offer was fair and warned that a strike would send ships to rival "
             "ports.", ACT),
    ("vb04", "The 48 hours is the maximum time Meridian can pay the workers.", CLAIM),
    # edition 4, call 27 (repair, vb04)
    ("vb04", "Of the 1,840 members balloted, 1,210 voted, and 87% of those backed a strike.", S),
    # edition 4, call 28 (story, vb10)
    ("vb10", "Most of the routes being dropped start from Lindow and Carrick; its main hub at "
             "Westfield will keep its full schedule.", S),
    # edition 4, call 29 (repair, vb10)
    ("vb10", "Passengers booked on cancelled flights will be offered a refund or a seat on another "
             "flight.", S),
    ("vb10", "Cancellation of flights is allowed for 24 hours after the last confirmed cancellation "
             "date and can only occur if there are no other available options.", CLAIM),
    # edition 4, call 30 (story, vb08)
    # left out 'The company says the fire started in a storage building.': near-repeat of the call's first sentence
    # left out 'Delmar said the fire broke out in a storage building and had'... : near-repeat of the call's first
    # sentence
    ("vb08", "The company said the fire started in a storage building and had not damaged the "
             "production lines.", S),
    ("vb08", "The fire was caused by a faulty electrical system that malfunctioned for six hours "
             "before it was brought under control.", CAUSE),
    ("vb08", "The fire service will remain closed for at least three weeks while the site is "
             "inspected.", ACT),
    # edition 4, call 31 (story, vb08)
    # left out 'The company said the fire started in a storage building.': near-repeat of call 30's first sentence
    # edition 4, call 32 (signals, vb04 + vb08 + vb10)
    # left out 'The union said its members would walk out for 48 hours until'... : 'walk out for 48 hours until
    # Meridian Ports made a better offer': ambiguous against 'unless'
    # left out '...The Union has voted to strike from the skyvale airwaves.': near-repeat of the call's first sentence
    ("vb04", "The Union has voted to strike from the skyvale airwaves.", MERGE, ('vb10',)),
    ("vb04", "The union will pay £10million in compensation, with Meridian Ports offering a £5m bonus"
             " of £2 million.", CLAIM),
    # edition 4, call 33 (story, vb08): only repeats of earlier answers
    # edition 5, call 1 (story, vo01)
    ("vo01", "The metal box, dug up last week by builders working on a new classroom, held letters "
             "written by 31 pupils in 1976.", S),
    ("vo01", "A school photograph of the school choir was found.", CLAIM),
    ("vo01", "Pupils at Marlow Green Primary School on Friday opened a time capsule buried under the "
             "playground 50 years ago.", S),
    ("vo01", "The school plans to bury a new one next summer.", S),
    ("vo01", "The school has traced 12 of the former pupils who wrote letters, and four of them came "
             "to the opening.", S),
    ("vo01", "Head teacher Alison Ware said the letter had stayed dry except for two at the bottom of"
             " the box.", S),
    # edition 5, call 2 (story, vb04)
    # left out 'The Transport and Dock Workers Union has voted to strike ove'... : the union, not its members, said to
    # have voted: left out as ambiguous
    ("vb04", "The union will continue to walk out of the dock for 48 hours until Meridian's offer is "
             "accepted.", DIR),
    ("vb04", "The union has offered a 4% rise this year; the union will continue to walk out of the "
             "dock for 48 hours until Meridian's offer is accepted.", ACT),
    # edition 5, call 3 (story, vb04): only repeats of earlier answers
    # edition 5, call 4 (repair, vb04)
    ("vb04", "The union said its members would walk out for 48 hours from 6am on 14 January unless "
             "the port's owner, Meridian Ports, made a better offer.", S),
    # edition 6, call 1 (story, vb11)
    ("vb11", "Aldwater, which supplies 3.2 million homes with electricity and has a 7% tariff "
             "increase to 13%, not the 13% it sought.", FIG),
    ("vb11", "The energy regulator has approved a 7% increase in the regulated electricity tariff "
             "charged by Aldwater Power from 1 February, less than the 13% it had requested.", S),
    # edition 6, call 2 (repair, vb11)
    ("vb11", "Customers on low incomes will get a discount of 150 pounds a year, funded by Aldwater.", S),
    ("vb11", "This is the first time this has happened in 28 years and it's not just for those who "
             "can't afford to pay.", CLAIM),
    # edition 6, call 3 (story, vb10)
    ("vb10", "The airline has announced plans to cut 12% of its seats this winter, dropping 18 routes"
             " and parking eight of the 64 aircraft it will be replacing.", CLAIM),
    ("vb10", "The airline said it would rather cancel flights at short notice.", DIR),
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="d", split="evaluation13",
                                      raw_name="eval13-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval13", arts, rows, problems, (("business and tech articles", "vb"), ("others", "vo")))


if __name__ == "__main__":
    main()
