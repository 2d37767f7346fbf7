"""Build the eighteenth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval18-articles.jsonl and eval18-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it once before and once after the session's changes, by the lead).

    python benchmarks/make_support_eval18.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and
places. Ten articles are business, public finance and tech news of the kind Topline reads, in shapes the earlier parts
used less (rb01-rb10): a quarter's figures for several segments that a faithful sentence may add up or subtract (an
industrial group's three divisions and its margin, a hospital software maker's subscriptions, consulting and
hardware, a region's tax receipts by tax, an airport operator's passengers by airport), a ranking ("the
second-largest", "the fourth-largest by deposits", "the second-busiest"), ranges and estimates ("between", "up to",
"about"), a plan against a done act ("plans to", "will", "has agreed"), negations ("did not raise", "declined to
comment", "did not take part", "has not yet approved"), quotes from named and unnamed people ("a person familiar with
the deal", "one analyst at a Leeds broker"), a quarter against a half-year, nine months or a fiscal year, an actor named
later by description ("the Lyon-based group", "the lender", "its parent", "the telecom group", "the operator") or by
pronoun, and an actor in one sentence whose act is in the next ("Chief executive Owen Radley said ... He did not
expect to cut jobs"). Seven are on topics no earlier part uses (ro01-ro07; the earlier articles and the demo corpus
were searched for the topic words): a stone skimming championship, a worm charming contest, a town crier
championship, a brass band contest, a 12-hour lawnmower race, an orchard wassail and an egg-throwing championship.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said", voice changed, clauses reordered, a speaker by role and by name, an actor by description or
pronoun, synonyms and other verbs for the same act, negations restated ("would not comment" for "declined to comment",
"has yet to" for "has not yet", "stayed out of" for "did not take part in"), figures restated, and analysis sentences
(``kind`` "analysis") that only combine or compute from what one passage of the cited article says (two segments
added up "together", a margin's or a share's change in percentage points, a first quarter from a half-year and a
second quarter, nine months from a half-year and a quarter, the rest of a total after named parts, a range left for
the second half, a price per unit, a total capacity after a planned addition, a share of revenue in money, a
distance from a record, laps times a course's length). Each is fully supported by one passage (a sentence and its
neighbours) of a cited article, checked by reading. Unsupported sentences (origin "planted"): every error kind, with
new shapes beside the earlier parts' (a wrong sum of segments, a wrong point difference, a half-year's figure given to
the quarter, the first quarter given the second's profit, a ranking moved, a plan told as done, a negation dropped
("raised its margin target", "confirmed that Ferrand had approached it", "won a tender" it did not enter), an old
forecast range given as the new one, the buyer and the seller swapped, the rival bidder made the buyer, a refusal to
say made a disclosure, a range left for the second half given the full year's, an unnamed analyst's words given to a
named firm, a union given a spokeswoman's words, an analysis sentence whose computation is wrong (kind "analysis"),
and content-free page furniture no earlier part used). Real SmolLM2-135M outputs of Topline's own LLM writer (origin
"smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are in eval18-smollm2_raw.jsonl
(benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation18"; ids "n0001"... (the earlier
parts' sentence ids use s, k, m, v, w, x, y, z, u, r, o, h, g, e, d, c, i, f and b; every letter left, n among them,
is the first letter of some earlier part's article ids, which are a letter and two digits or two letters and two
digits, so "n" and four digits meets none of them). Article ids rb01-rb10 and ro01-ro07 (no earlier part's article
ids start with "r").
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
           "eval14-sentences.jsonl", "eval15-sentences.jsonl", "eval16-sentences.jsonl", "eval17-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl")
EARLIER_IDS = "skmvwxyzurohgedcifb"   # id prefixes of the earlier parts' sentences
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, ib, io, kb, ko, mb, mo, sb, so, vb, vo, wb, wo, xb,
# xo, yb, yo, zb, zo; this part's: rb, ro)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "rb01": [
        ("Varenne Group's revenue grew 6% to 2.84 billion euros in the third quarter.", S),
        ("Sales at the Lyon-based group's building division dropped 4% as housing starts in France and Spain stayed "
         "weak.", S),
        ("Helped by orders from liquefied gas terminals, the energy division grew 11%, faster than Varenne's other "
         "divisions.", S),
        ("Varenne has agreed to acquire Tessin Hydraulik, a German pressure-sensor maker, for roughly 310 million "
         "euros.", S),
        ("The purchase of Tessin Hydraulik is due to be completed in the first quarter of next year.", S),
        ("Varenne lifted the bottom of its full-year organic growth forecast to 4%, keeping the top at 5%.", S),
        ("The pump and valve maker kept its margin target for the year at 13.5%.", S),
        ("Chief executive Helene Marchetti told analysts she did not see building turning before the summer.", S),
        ("Shares in the group gained 3.1% in Paris.", S),
        ("Varenne's operating margin was 13.8% in the quarter, against 12.9% a year before.", S),
        ("The operating margin widened by 0.9 percentage points from a year earlier.", S, (), AN),
        ("The water and energy divisions together brought in 2.18 billion euros in the quarter.", S, (), AN),
        ("Energy was the second-largest of Varenne's three divisions by revenue in the quarter.", S, (), AN),
        ("Varenne's energy division brought in 1.21 billion euros in the third quarter.", FIG),
        ("The three divisions together brought in 2.94 billion euros in the third quarter.", FIG, (), AN),
        ("The operating margin widened by 1.9 percentage points to 13.8%.", FIG, (), AN),
        ("Building was the second-largest of Varenne's three divisions in the quarter.", FIG, (), AN),
        ("Building sales rose 4% in the third quarter as housing starts picked up.", DIR),
        ("Varenne raised its margin target for the year to 13.5%.", DIR),
        ("Varenne has completed its purchase of Tessin Hydraulik for about 310 million euros.", DIR),
        ("Tessin Hydraulik has agreed to buy Varenne's pressure-sensor business for about 310 million euros.", ACT),
        ("Varenne now expects organic growth of between 3% and 5% for the full year.", FIG),
        ("Helene Marchetti told analysts that building sales would recover before the summer.", DIR),
        ("Building sales fell because Varenne closed two of its factories in Spain.", CAUSE),
        ("Varenne's results show that European industry is shifting its spending from housing to energy.", GEN),
        ("Varenne will pay for Tessin Hydraulik with part of the money raised from the sale of Solvia Towers.",
         MERGE, ("rb05",)),
        ("Varenne plans to cut 400 jobs in its building division.", CLAIM),
    ],
    "rb02": [
        ("Caldmoor Bank made a net profit of 412 million pounds in the second quarter, against 355 million a year "
         "earlier.", S),
        ("The bank's profit for the first six months reached 790 million pounds.", S),
        ("The lender's net interest margin slipped to 2.61% from 2.74% in the first quarter, as savers switched to "
         "fixed-term accounts.", S),
        ("Caldmoor's mortgage book grew by 1.9 billion pounds in the quarter, but its lending to small businesses did "
         "not grow.", S),
        ("Caldmoor's provision for bad debts, 48 million pounds, was smaller than analysts had forecast.", S),
        ("Britain's fourth-largest bank by deposits plans to repurchase as much as 500 million pounds of its shares "
         "by the end of the year.", S),
        ("Caldmoor would not comment on reports that Ferrand Capital had approached it about its credit card unit.",
         S),
        ("Owen Radley, the chief executive, said Caldmoor would shut 30 more branches next year.", S),
        ("Radley did not expect job cuts, because the staff would move to the bank's telephone centres.", S),
        ("An analyst at a broker in Leeds described the results as solid but unexciting.", S),
        ("Caldmoor earned 378 million pounds in the first quarter.", S, (), AN),
        ("The net interest margin narrowed by 0.13 percentage points from the first quarter.", S, (), AN),
        ("Caldmoor Bank's second-quarter net profit fell to 355 million pounds from 412 million.", DIR),
        ("Caldmoor earned 790 million pounds in the second quarter.", FIG),
        ("Caldmoor earned 412 million pounds in the first quarter.", FIG, (), AN),
        ("The net interest margin narrowed by 0.31 percentage points from the first quarter.", FIG, (), AN),
        ("The lender's net interest margin widened to 2.74% from 2.61% in the first quarter.", DIR),
        ("Caldmoor has bought back 500 million pounds of its own shares.", DIR),
        ("Caldmoor confirmed that Ferrand Capital had approached it about buying its credit card unit.", DIR),
        ("Caldmoor has agreed to sell its credit card unit to Ferrand Capital.", CLAIM),
        ("Owen Radley said the closure of 30 branches would lead to job cuts next year.", DIR),
        ("Caldmoor is Britain's second-largest bank by deposits.", FIG),
        ("Ferrand Capital said the bank's results were solid but unexciting.", ACT),
        ("The margin narrowed because the Bank of England cut interest rates twice in the quarter.", CAUSE),
        ("Caldmoor's results suggest that British banks have passed the peak of their profits.", GEN),
        ("Caldmoor Bank will lend part of the 2 billion crowns Ostervale plans to borrow.", MERGE, ("rb03",)),
    ],
    "rb03": [
        ("Ostervale's government now expects a deficit of about 1.4 billion crowns for the fiscal year that ends in "
         "March.", S),
        ("The forecast is narrower than the 1.9 billion crowns the region expected in its spring budget, finance "
         "minister Ruth Kessling said.", S),
        ("Between April and September, the region collected 11.6 billion crowns in taxes.", S),
        ("In the first six months of the fiscal year, income tax brought in 5.2 billion crowns and sales tax 3.9 "
         "billion.", S),
        ("Because wages grew faster than expected, income tax receipts were 6% above plan.", S),
        ("Health, Ostervale's biggest area of spending, went 180 million crowns over its budget.", S),
        ("Kessling said taxes would not go up next year.", S),
        ("The government will borrow as much as 2 billion crowns on the bond market to cover the deficit and repay "
         "loans that fall due.", S),
        ("The minister turned down the opposition's call for a cut in fuel duty, which she said would cost about 300 "
         "million crowns a year.", S),
        ("The government has agreed to give nurses a one-off bonus of 1,200 crowns each in January.", S),
        ("\"This is not the moment to spend it all,\" the finance minister told the regional assembly.", S),
        ("The Green Alliance, which is in opposition, called the forecast too optimistic.", S),
        ("The expected deficit is 0.5 billion crowns smaller than the spring budget's forecast.", S, (), AN),
        ("Income tax and sales tax together raised 9.1 billion crowns in the first half.", S, (), AN),
        ("Ostervale now expects a deficit of about 1.9 billion crowns for the fiscal year.", FIG),
        ("Income tax and sales tax together raised 9.4 billion crowns in the first half.", FIG, (), AN),
        ("Sales tax raised 5.2 billion crowns in the first half of the fiscal year.", FIG),
        ("Income tax receipts fell 6% short of plan because wages rose more slowly than expected.", DIR),
        ("Kessling said the government would raise taxes next year to close the deficit.", DIR),
        ("The government has cut the fuel duty, at a cost of about 300 million crowns a year.", DIR),
        ("The Green Alliance called for a one-off bonus of 1,200 crowns for nurses.", ACT),
        ("Health spending came in 180 million crowns under budget.", DIR),
        ("Ostervale has borrowed 2 billion crowns on the bond market.", DIR),
        ("The deficit narrowed because Ostervale sold its stake in the regional airport.", CAUSE),
        ("The review shows that Ostervale's finances depend too heavily on income tax.", GEN),
        ("Ostervale will sell its stake in the regional power company to cut its debt.", CLAIM),
        ("Ostervale's finance minister said the region would help pay for Tarnholm's new trams.", MERGE, ("rb08",)),
    ],
    "rb04": [
        ("Nethra Systems' revenue grew 14% to 618 million dollars in its fiscal second quarter, which ended on 31 "
         "October.", S),
        ("The hospital software maker took 452 million dollars from subscriptions, 121 million from consulting and 45 "
         "million from hardware.", S),
        ("Subscription revenue grew 21%.", S),
        ("Hardware sales dropped by a quarter because the Denver company no longer sells its own servers.", S),
        ("Nethra's gross margin improved to 71.5% from 68.2%.", S),
        ("Nethra now expects revenue of 2.45 billion to 2.5 billion dollars for the fiscal year, up from its earlier "
         "range of 2.4 billion to 2.47 billion.", S),
        ("According to KLS Data, Nethra has become the second-largest supplier of electronic health records to "
         "American hospitals, behind Corrigan Health.", S),
        ("The company plans to recruit roughly 600 engineers in India next year.", S),
        ("Nethra gave no reason for the departure in November of its chief technology officer, Priya Anand.", S),
        ("Three hospital groups signed contracts worth over 100 million dollars each in the quarter, chief "
         "executive Tom Lisle said.", S),
        ("Nethra's shares gained 9% in trading after the market closed.", S),
        ("The gross margin rose by 3.3 percentage points.", S, (), AN),
        ("Consulting and hardware together brought in 166 million dollars.", S, (), AN),
        ("Nethra's revenue rose 21% to 618 million dollars in its fiscal second quarter.", FIG),
        ("Consulting and hardware together brought in 176 million dollars.", FIG, (), AN),
        ("The gross margin rose by 2.3 percentage points.", FIG, (), AN),
        ("Nethra cut its forecast for the fiscal year to between 2.4 billion and 2.47 billion dollars.", DIR),
        ("Nethra is now the largest supplier of electronic health records to American hospitals.", FIG),
        ("Corrigan Health has become the second-largest supplier of electronic health records, behind Nethra.", ACT),
        ("Nethra has hired about 600 engineers in India.", DIR),
        ("Nethra said Priya Anand left because of a disagreement over the company's cloud strategy.", CAUSE),
        ("Hardware sales rose by a quarter as the Denver company sold more of its own servers.", DIR),
        ("Tom Lisle said three hospital groups had cancelled contracts worth more than 100 million dollars each.",
         DIR),
        ("Nethra's shares fell 9% in after-hours trading.", DIR),
        ("The fiscal second quarter ended on 30 September.", FIG),
        ("Nethra's growth shows that American hospitals are moving their records to the cloud faster than expected.",
         GEN),
        ("Nethra plans to move its headquarters from Denver to Austin.", CLAIM),
        ("Nethra's hospital software will run in Helvar's new data centre campus near Milan.", MERGE, ("rb09",)),
    ],
    "rb05": [
        ("Solvia Telecom has agreed to sell Solvia Towers to infrastructure funds led by Arcadia Partners for 3.1 "
         "billion euros.", S),
        ("The tower unit owns 14,200 mobile masts in Spain and Portugal.", S),
        ("Solvia Telecom agreed to the sale after a nine-month process.", S),
        ("Solvia Towers is being sold by its parent, Solvia Telecom, to a group of funds led by Arcadia Partners.", S),
        ("Competition authorities in Spain and Portugal must still approve the deal, which should close by June.", S),
        ("About 2 billion euros of the proceeds will go towards paying down debt.", S),
        ("Solvia Telecom's net debt will fall to 6.6 billion euros from 8.6 billion.", S),
        ("The telecom group plans to hand the rest of the money to shareholders as a special dividend.", S),
        ("The buyers will also assume 900 million euros of the unit's leases.", S),
        ("Under a 20-year contract, Solvia Telecom will go on renting space on the masts for its network.", S),
        ("A person familiar with the deal said the price was about 19 times the tower business's annual operating "
         "profit.", S),
        ("Arcadia would not say how much of the price it would borrow.", S),
        ("Quarto Infra, a rival bidder, withdrew from the auction in October.", S),
        ("Roughly 1.1 billion euros of the price would be left for the special dividend.", S, (), AN),
        ("Solvia Telecom's net debt will fall by 2 billion euros.", S, (), AN),
        ("Arcadia Partners has agreed to sell Solvia Towers to Solvia Telecom for 3.1 billion euros.", ACT),
        ("Solvia Towers will be sold for 3.1 billion euros to a fund group led by Quarto Infra.", ACT),
        ("The sale of Solvia Towers was completed on Monday.", DIR),
        ("Competition authorities in Spain and Portugal have approved the sale.", DIR),
        ("Solvia Telecom will use about 2 billion euros of the money for a special dividend.", FIG),
        ("Solvia Telecom's net debt will fall to 8.6 billion euros.", FIG),
        ("Solvia Telecom's net debt will fall by 2.6 billion euros.", FIG, (), AN),
        ("The buyers will take on 1.9 billion euros of the unit's leases.", FIG),
        ("Solvia Telecom said 380 staff at the tower unit would lose their jobs.", DIR),
        ("Arcadia said it would borrow most of the price.", DIR),
        ("Solvia Telecom will stop renting space on the masts once the sale closes.", DIR),
        ("Quarto Infra pulled out because Solvia Telecom refused to let it see the leases.", CAUSE),
        ("The deal shows that European telecom groups are selling their towers to fund faster networks.", GEN),
        ("Solvia Telecom sold its towers to Arcadia Partners, which also leases data centres to Helvar.", MERGE,
         ("rb09",)),
    ],
    "rb06": [
        ("Estravia's sovereign wealth fund returned 7.4% in the first six months of the year.", S),
        ("The fund was worth 412 billion dollars at the end of June.", S),
        ("Its shares returned 10.2% and its bonds 2.1% over the half.", S),
        ("Its property lost 1.6%, a third straight half-year of losses on its buildings.", S),
        ("Shares accounted for 68% of the fund, bonds for 27% and property for 5%.", S),
        ("The fund, Europe's second-largest of its kind, plans to reduce property to 3% of its assets over the next "
         "two years.", S),
        ("The fund sold none of its property in the first half.", S),
        ("In the second quarter alone, the fund returned 4.9%.", S),
        ("Chief executive Lars Edvik said a handful of American technology companies had driven the returns.", S),
        ("Those technology companies now make up about a fifth of the fund's shares, Edvik said.", S),
        ("Edvik called that concentration a risk the fund watches closely.", S),
        ("The government took 9 billion dollars out of the fund in the half to pay for its budget.", S),
        ("Over the full year, the government expects to withdraw between 16 and 18 billion dollars from the fund.",
         S),
        ("The fund would not say how much it had lost on its London office buildings.", S),
        ("Shares beat bonds by 8.1 percentage points in the half.", S, (), AN),
        ("The government expects to withdraw another 7 to 9 billion dollars in the second half.", S, (), AN),
        ("Estravia's sovereign wealth fund returned 4.9% in the first half.", FIG),
        ("Shares beat bonds by 12.3 percentage points in the half.", FIG, (), AN),
        ("The government expects to withdraw another 16 to 18 billion dollars in the second half.", FIG, (), AN),
        ("The fund's property investments gained 1.6% in the half.", DIR),
        ("Bonds made up 68% of the fund at the end of June.", FIG),
        ("The fund sold part of its property holdings during the half.", DIR),
        ("The fund has cut its property holdings to 3% of its assets.", DIR),
        ("The fund is the largest of its kind in Europe.", FIG),
        ("The government paid 9 billion dollars into the fund in the half.", DIR),
        ("The fund disclosed a loss of 400 million dollars on its London office buildings.", DIR),
        ("The property losses came after the fund sold offices in London at a discount.", CAUSE),
        ("The government's withdrawals show that the fund is being spent faster than it can grow.", GEN),
        ("The fund's second-quarter gain came largely from its stake in the tower business sold by Solvia "
         "Telecom.", MERGE, ("rb05",)),
        ("The fund will start investing in private credit next year.", CLAIM),
    ],
    "rb07": [
        ("Kovar Mobility sold more electric buses in Europe than Brennholt in the first nine months, according to "
         "Fleetwise.", S),
        ("The Czech company delivered 1,240 electric buses between January and September.", S),
        ("Among European sellers of electric buses, only Solbus sold more than Kovar.", S),
        ("Germany took 410 of Kovar's buses, Poland 305 and Italy 190.", S),
        ("Kovar's share of the European market climbed to 16% from 11% a year before.", S),
        ("Kovar plans to open a second plant, in Hungary, in 2028.", S),
        ("The Hungarian factory would raise Kovar's annual capacity from 1,800 buses to as many as 3,000.", S),
        ("The bus maker expects the plant to cost 250 million to 300 million euros and has not decided how to "
         "finance it.", S),
        ("Kovar stayed out of a tender for 400 buses in Paris because it found the delivery dates too tight.", S),
        ("Prices have dropped about 8% over the year as Chinese makers cut theirs, chief executive Marek Dvorsky "
         "said.", S),
        ("Rendl Holding, an investment group, has owned Kovar since 2019.", S),
        ("Kovar delivered 335 buses to countries other than Germany, Poland and Italy.", S, (), AN),
        ("Kovar's market share rose by 5 percentage points.", S, (), AN),
        ("Kovar became the largest seller of electric buses in Europe.", FIG),
        ("Brennholt overtook Kovar to become Europe's second-largest seller of electric buses.", ACT),
        ("Poland was Kovar's biggest market, with 410 buses.", FIG),
        ("Germany and Poland together took 815 of Kovar's buses.", FIG, (), AN),
        ("Kovar's market share rose by 6 percentage points.", FIG, (), AN),
        ("Kovar's European market share fell to 11% from 16%.", DIR),
        ("Kovar has opened a second factory in Hungary.", DIR),
        ("Kovar will pay for the Hungarian plant with a loan from Rendl Holding.", CLAIM),
        ("Kovar won a tender for 400 buses in Paris.", DIR),
        ("Marek Dvorsky said bus prices had risen by about 8% over the year.", DIR),
        ("Kovar expects the Hungarian plant to cost between 250 and 300 billion euros.", FIG),
        ("Solbus is owned by Rendl Holding, which bought it in 2019.", ACT),
        ("Kovar gained market share because Brennholt halted production after a fire.", CAUSE),
        ("Kovar's rise shows that European bus makers can hold off Chinese competition.", GEN),
    ],
    "rb08": [
        ("A single bus or tram ticket in Tarnholm will cost 3.20 euros from February, up from 2.80 euros.", S),
        ("The board of the city's transport authority approved the rise on Wednesday, the first since 2021.", S),
        ("The price of a monthly pass will go up from 58 to 64 euros.", S),
        ("The authority expects about 22 million euros a year of extra revenue from the new fares.", S),
        ("The extra fare money would bring the city's subsidy to the network down to 118 million euros in 2027.", S),
        ("Passengers made 96 million trips between January and October, up 4% on a year earlier.", S),
        ("Ridership is still below the 104 million trips made in the same months of 2019.", S),
        ("The board turned down a proposal to let pupils under 16 travel free, which would have cost 9 million euros "
         "a year.", S),
        ("The authority has agreed to buy 40 more electric trams from Lindquist Rail for 164 million euros.", S),
        ("The first of the new trams will arrive in 2028.", S),
        ("The drivers' union said 6% of services were cancelled in October because there were not enough drivers.",
         S),
        ("Jonas Pirk, the union's local secretary, said passengers were being asked to pay more for a worsening "
         "service.", S),
        ("Fares pay for only 41% of running costs, according to a spokeswoman for the authority.", S),
        ("The single fare will rise by 40 cents.", S, (), AN),
        ("Each of the new trams will cost about 4.1 million euros.", S, (), AN),
        ("A single ticket in Tarnholm will rise to 3.80 euros in February.", FIG),
        ("The single fare will rise by 60 cents.", FIG, (), AN),
        ("Each of the new trams will cost about 6.4 million euros.", FIG, (), AN),
        ("The board approved free travel for pupils under 16.", DIR),
        ("The monthly pass will fall to 58 euros from 64.", DIR),
        ("Ridership fell 4% between January and October.", DIR),
        ("Ridership has recovered to above its 2019 level.", DIR),
        ("The city's subsidy to the network will rise to 118 million euros in 2027.", DIR),
        ("Lindquist Rail has agreed to buy 40 electric trams from the transport authority.", ACT),
        ("The 40 new trams have already been delivered.", DIR),
        ("A spokeswoman for the drivers' union said fare revenue covered only 41% of running costs.", ACT),
        ("The authority raised fares because Lindquist Rail put up the price of its trams.", CAUSE),
        ("The fare rise shows that public transport in Europe is becoming unaffordable.", GEN),
        ("Tarnholm's new electric buses will be built at Kovar's factory in Hungary.", MERGE, ("rb07",)),
        ("The authority will introduce a cheaper weekend ticket in February.", CLAIM),
    ],
    "rb09": [
        ("Helvar Data Centres will spend 2.4 billion to 2.8 billion euros on new sites next year.", S),
        ("The Frankfurt-based operator is spending about 1.6 billion euros this year.", S),
        ("Helvar has 31 data centres with a combined 640 megawatts of power capacity.", S),
        ("The company plans to add as much as 300 megawatts by the end of 2028, mostly for customers that train AI "
         "models.", S),
        ("Third-quarter revenue grew 19% to 512 million euros.", S),
        ("Three large cloud companies, which Helvar did not name, accounted for about 38% of its third-quarter "
         "revenue.", S),
        ("One of those cloud companies will lease a 90-megawatt campus near Milan from Helvar for 15 years.", S),
        ("Helvar has yet to secure grid connections for two sites it plans near Amsterdam, where the network "
         "operator has a waiting list.", S),
        ("Finance chief Carla Weiss said operating cash flow and up to 1.5 billion euros of new debt would fund the "
         "spending.", S),
        ("Helvar would not say whether it was talking to a Gulf investor about selling a minority stake.", S),
        ("Laurier Retirement Trust, a Canadian pension fund, is Helvar's majority owner.", S),
        ("Helvar's capacity would reach up to 940 megawatts by the end of 2028.", S, (), AN),
        ("The three cloud companies brought in about 195 million euros of Helvar's third-quarter revenue.", S, (),
         AN),
        ("Helvar will spend between 1.6 billion and 2.4 billion euros on new sites next year.", FIG),
        ("Helvar's capacity would reach up to 1,240 megawatts by the end of 2028.", FIG, (), AN),
        ("Helvar has already added 300 megawatts of capacity for AI customers.", DIR),
        ("Helvar's third-quarter revenue fell 19% to 512 million euros.", DIR),
        ("Helvar has secured grid connections for its two planned sites near Amsterdam.", DIR),
        ("Helvar has agreed to sell a minority stake to a Gulf investor.", DIR),
        ("Helvar will lease a 90-megawatt campus near Milan from one of the cloud companies.", ACT),
        ("Laurier Retirement Trust said the spending would be funded with up to 1.5 billion euros of new debt.", ACT),
        ("Helvar runs 640 data centres with 31 megawatts of capacity.", FIG),
        ("Helvar will pay for its Milan campus with 1.5 billion euros of new debt.", CLAIM),
        ("Helvar is spending more because electricity prices in Germany have fallen.", CAUSE),
        ("Helvar's plans show that the AI boom will run into the limits of Europe's power grids.", GEN),
        ("Helvar plans to sell a minority stake to Estravia's sovereign wealth fund.", MERGE, ("rb06",)),
    ],
    "rb10": [
        ("Meridia Airports' passenger numbers rose 7% to 14.6 million in the third quarter.", S),
        ("Porto Real, the operator's largest airport, handled 6.1 million passengers in the quarter.", S),
        ("Vilanova, Meridia's second-busiest airport, carried 4.3 million passengers.", S),
        ("The three smaller airports handled 4.2 million passengers between them.", S),
        ("Meridia had carried 23.9 million passengers in the first half of the year.", S),
        ("Revenue from shops, car parks and restaurants grew 12% to 188 million euros, outpacing the 5% rise in "
         "airport charges.", S),
        ("Flights at Vilanova fell 3% after the low-cost carrier Sunjet moved four of its aircraft to another base.",
         S),
        ("Despite fewer flights, bigger planes meant Vilanova carried more passengers.", S),
        ("Meridia plans to spend 420 million euros extending the terminal at Porto Real.", S),
        ("The operator expects Porto Real to handle up to 26 million passengers a year by 2030.", S),
        ("The government has yet to approve the higher airport charges that would fund the terminal work.", S),
        ("Chief executive Rui Tavares said he did not expect approval before the spring.", S),
        ("Without approval, Tavares said, the company would build in stages.", S),
        ("Meridia handled 38.5 million passengers in the first nine months of the year.", S, (), AN),
        ("Porto Real and Vilanova together handled 10.4 million passengers in the quarter.", S, (), AN),
        ("Meridia handled 23.9 million passengers in the third quarter.", FIG),
        ("Meridia handled 37.5 million passengers in the first nine months of the year.", FIG, (), AN),
        ("Porto Real and Vilanova together handled 11.4 million passengers in the quarter.", FIG, (), AN),
        ("Vilanova, Meridia's largest airport, handled 6.1 million passengers in the quarter.", ACT),
        ("Revenue from shops, car parks and restaurants grew more slowly than airport charges.", DIR),
        ("Flights at Vilanova rose 3% after Sunjet moved four aircraft there.", DIR),
        ("The government has approved higher airport charges to pay for the terminal extension.", DIR),
        ("Rui Tavares said he expected the approval before the spring.", DIR),
        ("Meridia has begun building the extension of Porto Real's terminal.", DIR),
        ("Sunjet will pay for the 420 million euro extension of Porto Real's terminal.", ACT),
        ("Passenger numbers rose because Meridia cut its airport charges by 5%.", CAUSE),
        ("Meridia's results show that tourism in Spain and Portugal is at a record.", GEN),
        ("Meridia plans to buy electric buses from Kovar Mobility for its five airports.", MERGE, ("rb07",)),
        ("Meridia plans to list its shares on the Lisbon stock exchange.", CLAIM),
    ],
    "ro01": [
        ("Gwen Talley, a carpenter aged 34, won the women's stone skimming title at Inchlorn with a 52-metre throw.",
         S),
        ("Dario Fenn, a postman from Ayr, took the men's title with a stone that went 61 metres.", S),
        ("Competitors throw three stones each, and only the longest throw counts.", S),
        ("A stone has to bounce at least three times to count.", S),
        ("The stones must be pieces of the island's slate no more than 7.5 centimetres wide.", S),
        ("A record 412 skimmers from 19 countries entered, so many that entries had to close a week early.", S),
        ("The judges stopped the contest for 40 minutes when strong wind pushed stones off course in the afternoon.",
         S),
        ("The quarry, which has been flooded since it closed in 1911, belongs to a community trust.", S),
        ("Ivo Brandt, who won the men's title last year, did not defend it because of an injured shoulder.", S),
        ("Fenn's winning throw went 9 metres further than Talley's.", S, (), AN),
        ("Gwen Talley's winning throw travelled 61 metres.", FIG),
        ("Fenn's winning throw went 11 metres further than Talley's.", FIG, (), AN),
        ("Ivo Brandt, a postman from Ayr, won the men's title.", ACT),
        ("Entries fell to 412 from 350 last year.", DIR),
        ("Each competitor's three throws are added together to give a score.", DIR),
        ("Ivo Brandt defended his men's title despite a shoulder injury.", DIR),
        ("Morag Lindsay said the entry fees would pay for draining the quarry.", CLAIM),
        ("The wind dropped in the afternoon, and the judges were able to speed the event up.", DIR),
        ("The quarry flooded after a storm breached its walls in 1911.", CAUSE),
        ("The record entry shows that stone skimming is becoming a mainstream sport.", GEN),
        ("Dario Fenn, the men's stone skimming champion, also won the egg-throwing title at Haxby Fen.", MERGE,
         ("ro07",)),
    ],
    "ro02": [
        ("Twelve-year-old Alfie Crane, his mother and his grandfather charmed 287 worms in 30 minutes to win the "
         "Wenlow contest.", S),
        ("The family worked a three-metre square of the primary school's playing field.", S),
        ("Digging is not allowed, and water is the only liquid teams may pour on the grass.", S),
        ("Most teams twang the handle of a garden fork pushed into the soil, since worms surface when they feel the "
         "ground shake.", S),
        ("The Cranes played a recorder as well.", S),
        ("The winning total was short of the contest's record of 341, set in 2015.", S),
        ("Volunteers counted the worms, which were returned to the soil after dark.", S),
        ("Head judge Paula Wynne, a soil scientist, said a week of light rain had left the ground ideal.", S),
        ("The contest raised 1,850 pounds for the school library.", S),
        ("The Cranes charmed 54 fewer worms than the record.", S, (), AN),
        ("The Cranes set a new contest record of 287 worms.", FIG),
        ("The Cranes charmed 64 fewer worms than the record.", FIG, (), AN),
        ("Teams are allowed to pour cold tea on the grass to bring worms up.", DIR),
        ("The worms were kept by the school after the contest.", DIR),
        ("Last year's winners charmed 341 worms.", FIG),
        ("Paula Wynne said the ground was too dry for worms this year.", DIR),
        ("Alfie Crane's grandfather, a soil scientist, was the head judge.", ACT),
        ("The contest raised 1,850 pounds for the village church.", CLAIM),
        ("More worms came up this year because the school had stopped spraying the field.", CAUSE),
        ("The contest shows that children care more about nature than adults think.", GEN),
    ],
    "ro03": [
        ("Morrowby's town crier, Bernard Holt, won the national championship in Castlebury on Saturday.", S),
        ("Holt, 63, beat 27 other town criers.", S),
        ("Every crier gives two cries, each of 125 words at most.", S),
        ("One cry is about the crier's own town and the other is on a set theme, this year Castlebury's new "
         "footbridge.", S),
        ("Criers are marked on volume, clarity, diction and bearing.", S),
        ("Sandra Pike of Eastwold, who finished second, gave the loudest cry, at 108 decibels.", S),
        ("Holt, once a fishmonger, has been Morrowby's crier for 11 years.", S),
        ("His red and gold uniform was made by his wife, Ann.", S),
        ("Holt had been runner-up three times before.", S),
        ("The 2027 championship will take place in Harnby, as the contest moves to a different town every year.", S),
        ("The organisers said the day raised about 2,300 pounds for the local lifeboat station.", S),
        ("There were 28 criers in the championship.", S, (), AN),
        ("Sandra Pike of Eastwold won the national town crier championship.", ACT),
        ("Bernard Holt gave the loudest cry of the day, at 108 decibels.", ACT),
        ("Holt beat 72 other criers.", FIG),
        ("There were 29 criers in the championship.", FIG, (), AN),
        ("Each cry may run to 250 words.", FIG),
        ("Holt had won the championship three times before.", DIR),
        ("Holt's blue and silver uniform was made by his wife.", FIG),
        ("The 2027 championship will be held in Castlebury again.", FIG),
        ("Holt won because the judges gave extra marks for volume this year.", CAUSE),
        ("The contest shows that old civic customs are thriving in small towns.", GEN),
        ("Holt will retire as Morrowby's crier next year.", CLAIM),
    ],
    "ro04": [
        ("The Drennock Colliery Band won the regional brass band championship on Sunday, its first title since 1998.",
         S),
        ("The contest was held at Vale Hall in Askerby, and eleven bands took part.", S),
        ("Miners formed the 28-piece band in 1887, and it still rehearses in the old pit canteen.", S),
        ("The set test piece was Harbour Lights, a 14-minute work by Eric Malham.", S),
        ("Adjudicator Sian Roberts named Lily Marsh, the band's 16-year-old soprano cornet player, best soloist of the "
         "day.", S),
        ("Drennock will play at the national finals in London in October.", S),
        ("The band expects the trip to London to cost about 8,000 pounds in travel and hotels.", S),
        ("It plans to raise the money through a December concert and a sponsored walk.", S),
        ("Conductor Huw Bevan said half of the band's players were under 25.", S),
        ("The band came sixth last year.", S),
        ("About 14 of the band's players are under 25.", S, (), AN),
        ("The Drennock Colliery Band won the national brass band finals in London.", DIR),
        ("The band was formed by miners in 1998.", FIG),
        ("The band has already raised 8,000 pounds for the trip with a concert.", DIR),
        ("Sian Roberts, the band's conductor, named Lily Marsh best soloist.", ACT),
        ("Lily Marsh, the band's 16-year-old trombonist, was named best soloist.", FIG),
        ("Twenty-eight bands took part in the contest.", FIG),
        ("Huw Bevan said most of the band's players were over 50.", DIR),
        ("The band kept the title it had won last year.", FIG),
        ("The band won because its rivals were missing several players through illness.", CAUSE),
        ("The win shows that brass bands are making a comeback among young people.", GEN),
        ("Lily Marsh has won a place at a music college in London.", CLAIM),
    ],
    "ro05": [
        ("Grass Menace, a team of three drivers, won Felsham's 12-hour lawnmower race by four laps.", S),
        ("The winners covered 318 laps of the 1.3-kilometre course.", S),
        ("The race began at 8pm on Saturday and went on through the night, with drivers taking turns.", S),
        ("Of the 41 mowers that started, 29 finished.", S),
        ("With their cutting blades removed, the mowers can reach about 50 kilometres an hour.", S),
        ("A driver broke his wrist when his mower rolled over on a bend, and he was taken to hospital in Bury St "
         "Edmunds.", S),
        ("The Felsham Motor Mower Club said entry fees and a raffle raised 5,600 pounds for the county's air "
         "ambulance.", S),
        ("The club will put floodlights on the back straight next year, its secretary, Kevin Oakes, said.", S),
        ("Drivers had complained that they could not see the bend at night.", S),
        ("Grass Menace drove about 413 kilometres in the race.", S, (), AN),
        ("Grass Menace covered 318 kilometres in the race.", FIG),
        ("The team in second place completed 322 laps.", FIG, (), AN),
        ("Twenty-nine of the 41 mowers failed to finish.", DIR),
        ("The race started at 8am on Sunday.", FIG),
        ("The mowers keep their cutting blades during the race.", DIR),
        ("The club has already put floodlights on the back straight.", DIR),
        ("A spectator broke a wrist when a mower rolled into the crowd.", ACT),
        ("The race raised 5,600 pounds for the hospital in Bury St Edmunds.", CLAIM),
        ("The mower rolled because rain had flooded the bend.", CAUSE),
        ("The race shows how rural sports have become more dangerous.", GEN),
        ("Grass Menace's drivers raced through the night while 900 people gathered for the wassail at Combe "
         "Ashley.", MERGE, ("ro06",)),
    ],
    "ro06": [
        ("Some 900 people came to the Combe Ashley wassail on Saturday evening, the biggest crowd since the custom was "
         "revived in 1994.", S),
        ("This year's wassail queen, 10-year-old Rosie Hatch, was lifted into the branches of the oldest tree.", S),
        ("She put toast soaked in cider in the tree to feed it and bring a good crop.", S),
        ("The crowd banged pots and pans and sang to drive off evil spirits.", S),
        ("The 160-tree orchard is run by a community group, which sells its cider to pay for new planting.", S),
        ("The orchard pressed 4,800 litres last year, against 3,100 the year before, after a warmer spring.", S),
        ("This winter the group planted 25 young trees of old local varieties, among them Tom Putt and "
         "Slack-ma-Girdle.", S),
        ("Derek Awdry, the group's chair, said ticket and cider sales raised 3,400 pounds.", S),
        ("Morris dancers from Taunton performed by torchlight.", S),
        ("The orchard pressed 1,700 litres more last year than the year before.", S, (), AN),
        ("The orchard pressed 3,100 litres last year, down from 4,800.", DIR),
        ("The orchard pressed 1,900 litres more last year than the year before.", FIG, (), AN),
        ("About 9,000 people came to the Combe Ashley wassail.", FIG),
        ("Derek Awdry was lifted into the branches of the oldest tree.", ACT),
        ("The Combe Ashley wassail was held for the first time in 1994.", FIG),
        ("The group cut down 25 old trees this winter.", DIR),
        ("The evening raised 3,400 pounds for the village school.", CLAIM),
        ("The crowd sang to thank the trees for last year's harvest.", CAUSE),
        ("A morris side from Taunton crowned the wassail queen.", CLAIM),
        ("The wassail's revival shows that villages are turning back to old customs.", GEN),
    ],
    "ro07": [
        ("Jo Arden caught a raw egg thrown by her sister Kate from 68 metres to win the Haxby Fen egg-throwing "
         "championship.", S),
        ("The winning sisters come from Lincoln.", S),
        ("Pairs throw an egg to each other and step back after every catch, and they are out when their egg breaks.",
         S),
        ("Fifty-two pairs competed.", S),
        ("A father and son from Spalding came second after dropping their egg at 63 metres.", S),
        ("The record of 71 metres dates from 2018.", S),
        ("In Russian egg roulette, players smash eggs on their foreheads, and one egg in six is raw.", S),
        ("A farm in the village donated the eggs, 1,200 of them.", S),
        ("Organiser Tom Rudd said over 2,000 people watched.", S),
        ("The day raised 3,150 pounds for the village hall, Rudd said.", S),
        ("The winning catch was 3 metres short of the record.", S, (), AN),
        ("Jo Arden threw the egg that her sister Kate caught at 68 metres.", ACT),
        ("The sisters set a new record of 68 metres.", FIG),
        ("The winning catch was 7 metres short of the record.", FIG, (), AN),
        ("The father and son from Spalding won by catching their egg at 63 metres.", ACT),
        ("In Russian egg roulette, five of the six eggs are raw.", FIG),
        ("The eggs were bought from a supermarket in Spalding.", CLAIM),
        ("Twenty-five pairs took part.", FIG),
        ("Tom Rudd said fewer than 2,000 people watched.", DIR),
        ("The Spalding pair dropped their egg because the wind picked up.", CAUSE),
        ("The championship shows that silly contests draw bigger crowds than serious sport.", GEN),
        ("The championship will be shown live on television next year.", CLAIM),
    ],
}

BODIES = [
    ("rb01", "https://www.lyonmarches.example/varenne-q3-divisions", "Lyon Marches",
     "Varenne's energy division leads third-quarter growth as building sales slip",
     "Varenne Group, the Lyon-based maker of pumps and valves, said on Thursday that its revenue rose 6% to 2.84 "
     "billion euros in the third quarter. Its water division brought in 1.21 billion euros, its energy division "
     "0.97 billion and its building division 0.66 billion. The energy division grew fastest, by 11%, helped by "
     "orders from liquefied gas terminals, while building sales fell 4% as housing starts in France and Spain stayed "
     "weak. The operating margin widened to 13.8% from 12.9% a year earlier. For the full year, Varenne now expects "
     "organic growth of between 4% and 5%, against 3% to 5% before. The group has agreed to buy Tessin Hydraulik, a "
     "German maker of pressure sensors, for about 310 million euros; completion is due in the first "
     "quarter of next year. Varenne did not raise its margin target for the year, which stays at 13.5%. \"Building "
     "is still the soft spot, and we do not see it turning before the summer,\" chief executive Helene Marchetti "
     "told analysts on a call. The shares rose 3.1% in Paris."),
    ("rb02", "https://www.citylendingwire.example/caldmoor-second-quarter", "City Lending Wire",
     "Caldmoor Bank's profit climbs to 412 million pounds but its margin narrows",
     "Caldmoor Bank reported a second-quarter net profit of 412 million pounds on Wednesday, up from 355 million a "
     "year earlier, taking its profit for the first half to 790 million pounds. The lender's net interest margin, "
     "the gap between what it earns on loans and pays on deposits, narrowed to 2.61% from 2.74% in the first quarter "
     "as savers moved money into fixed-term accounts. Mortgage lending grew by 1.9 billion pounds in the quarter, "
     "while loans to small businesses were flat. Caldmoor set aside 48 million pounds for bad debts, less than "
     "analysts had expected. The bank, Britain's fourth-largest by deposits, plans to buy back up to 500 million "
     "pounds of its own shares by the end of the year. It declined to comment on reports that Ferrand Capital, a "
     "private equity firm, had approached it about buying its credit card unit. Chief executive Owen Radley said the "
     "bank would close 30 more branches next year. He did not expect to cut jobs, because staff would move to its "
     "telephone centres. One analyst at a Leeds broker called the results \"solid but unexciting\"."),
    ("rb03", "https://www.ostervaleledger.example/midyear-budget-review", "Ostervale Ledger",
     "Ostervale cuts its deficit forecast to 1.4 billion crowns as income tax beats plan",
     "The regional government of Ostervale expects a deficit of about 1.4 billion crowns for the fiscal year ending "
     "in March, finance minister Ruth Kessling said on Tuesday, narrower than the 1.9 billion it forecast in the "
     "spring budget. Tax receipts in the first half of the fiscal year, from April to September, reached 11.6 "
     "billion crowns: 5.2 billion from income tax, 3.9 billion from sales tax and 2.5 billion from property and "
     "other taxes. Income tax brought in 6% more than planned because wages rose faster than expected. Spending on "
     "health, the largest item, ran 180 million crowns over budget. Kessling said the government would not raise any "
     "taxes next year and would borrow up to 2 billion crowns on the bond market to cover the deficit and repay "
     "maturing loans. She rejected calls from the opposition to cut the fuel duty, saying it would cost about 300 "
     "million crowns a year. The government has agreed to pay nurses a one-off bonus of 1,200 crowns each in "
     "January. \"We are on a better path, but this is not the moment to spend it all,\" Kessling told the regional "
     "assembly. The opposition Green Alliance said the forecast was too optimistic."),
    ("rb04", "https://www.healthtechbeat.example/nethra-fiscal-q2", "HealthTech Beat",
     "Nethra Systems lifts its forecast as hospital subscriptions grow 21%",
     "Nethra Systems, a maker of software for hospitals, said revenue rose 14% to 618 million dollars in its fiscal "
     "second quarter, which ended on 31 October. Subscriptions brought in 452 million dollars, consulting 121 "
     "million and hardware 45 million. Subscription revenue grew 21%, while hardware sales fell by a quarter as the "
     "Denver company stopped selling its own servers. The gross margin rose to 71.5% from 68.2% a year earlier. "
     "Nethra raised its forecast for the fiscal year to between 2.45 billion and 2.5 billion dollars, from 2.4 "
     "billion to 2.47 billion. It is now the second-largest supplier of electronic health record systems to American "
     "hospitals, after Corrigan Health, according to the research firm KLS Data. The company plans to hire about 600 "
     "engineers in India next year. It did not give a reason for the departure of its chief technology officer, "
     "Priya Anand, who left in November. Chief executive Tom Lisle said three hospital groups had signed contracts "
     "worth more than 100 million dollars each during the quarter. Shares in Nethra rose 9% in after-hours "
     "trading."),
    ("rb05", "https://www.iberiainfra.example/solvia-towers-sale", "Iberia Infra",
     "Solvia Telecom agrees to sell its tower unit to Arcadia-led funds for 3.1 billion euros",
     "Solvia Towers, which owns 14,200 mobile masts in Spain and Portugal, will be sold to a group of infrastructure "
     "funds led by Arcadia Partners for 3.1 billion euros, its parent, Solvia Telecom, said on Monday. The telecom "
     "group agreed to the sale after a process that lasted nine months. The deal still needs approval from "
     "competition authorities in both countries and is expected to close by June. Solvia Telecom will use about 2 "
     "billion euros of the money to pay down debt, cutting its net debt to 6.6 billion euros from 8.6 billion, and "
     "plans to return the rest to shareholders through a special dividend. The buyers will also take on 900 million "
     "euros of the unit's leases. Solvia Telecom will keep renting space on the masts for its own network under a "
     "20-year contract. The sale values the tower business at about 19 times its annual operating profit, a person "
     "familiar with the deal said. Arcadia declined to comment on how much of the price it would borrow. Solvia "
     "Telecom did not say whether any of the unit's 380 staff would lose their jobs. A rival bidder, Quarto Infra, "
     "pulled out of the auction in October."),
    ("rb06", "https://www.estraviapost.example/reserve-fund-first-half", "Estravia Post",
     "Estravia's reserve fund returns 7.4% in first half as shares rally",
     "Estravia's sovereign wealth fund made a return of 7.4% in the first half of the year, lifting its value to 412 "
     "billion dollars at the end of June, the fund said on Friday. Its shares returned 10.2% and its bonds 2.1%, while "
     "its property lost 1.6%, the third half-year in a row of losses on its buildings. Shares made up 68% of the "
     "fund, bonds 27% and property 5%. The fund, the second-largest of its kind in Europe, did not sell any of its "
     "property during the half but plans to cut that share to 3% over the next two years. In the second quarter "
     "alone it returned 4.9%. Chief executive Lars Edvik said returns had been driven by a small number of American "
     "technology companies, which now account for about a fifth of its shares. \"That concentration is a risk we "
     "watch closely,\" he said. The government withdrew 9 billion dollars from the fund to pay for its budget in the "
     "half, and expects to take out between 16 and 18 billion dollars over the full year. The fund declined to say "
     "how much it had lost on its office buildings in London."),
    ("rb07", "https://www.fleetwisenews.example/kovar-second-largest", "Fleet Transit News",
     "Kovar overtakes Brennholt as Europe's second-largest electric-bus seller",
     "Kovar Mobility, the Czech electric-bus maker, delivered 1,240 buses in the first nine months of the year, "
     "overtaking Brennholt to become the second-largest seller of electric buses in Europe, behind Solbus, according "
     "to the research firm Fleetwise. Germany was its biggest market with 410 buses, followed by Poland with 305 and "
     "Italy with 190; the rest went to 14 other countries. Its European market share rose to 16% from 11% a year "
     "earlier, while Solbus held about 22%. Kovar plans to open a second factory, in Hungary, in 2028, which would "
     "lift its capacity from 1,800 to up to 3,000 buses a year. The company has not yet decided how to pay for the "
     "plant, which it expects to cost between 250 and 300 million euros. It did not take part in a tender for 400 "
     "buses in Paris, saying the delivery dates were too tight. Chief executive Marek Dvorsky said prices had fallen "
     "by about 8% over the year as Chinese makers cut theirs. Kovar is owned by the investment group Rendl Holding, "
     "which bought it in 2019."),
    ("rb08", "https://www.tarnholmcourier.example/transit-fares-rise", "Tarnholm Courier",
     "Tarnholm raises single tram and bus fare to 3.20 euros from February",
     "The transport authority of Tarnholm will raise the price of a single bus or tram ticket from 2.80 to 3.20 euros "
     "in February, its board decided on Wednesday, the first increase since 2021. A monthly pass will rise to 64 "
     "euros from 58 euros. The authority expects the new fares to bring in about 22 million euros more a year, which "
     "would cut the city's subsidy to the network to 118 million euros in 2027. Ridership reached 96 million trips "
     "between January and October, 4% more than a year before, but still below the 104 million recorded over "
     "the same months of 2019. The board did not approve a proposal to make travel free for pupils under 16, which "
     "would have cost 9 million euros a year. It has agreed to buy 40 more electric trams from Lindquist Rail for 164 "
     "million euros; the first will arrive in 2028. The drivers' union said the money should go to hiring staff, as "
     "6% of services were cancelled in October for lack of drivers. \"Passengers are being asked to pay more for a "
     "service that is getting worse,\" said the union's local secretary, Jonas Pirk. A spokeswoman for the authority "
     "said fare revenue covered only 41% of running costs."),
    ("rb09", "https://www.datacentrebrief.example/helvar-capex-plan", "Data Centre Brief",
     "Helvar plans to spend up to 2.8 billion euros on new data centres next year",
     "Helvar Data Centres, a Frankfurt-based operator, said it will spend between 2.4 billion and 2.8 billion euros "
     "next year building new sites, up from about 1.6 billion this year. The company runs 31 data centres with 640 "
     "megawatts of power capacity, and plans to add up to 300 megawatts by the end of 2028, mostly for customers "
     "training artificial intelligence models. Its revenue in the third quarter rose 19% to 512 million euros; about "
     "38% of it came from three large cloud companies, which the company did not name. Helvar has signed a deal to "
     "lease a 90-megawatt campus near Milan to one of them for 15 years. It has not yet secured grid connections for "
     "two planned sites near Amsterdam, where the network operator has a waiting list. Finance chief Carla Weiss said "
     "the spending would be funded from operating cash flow and up to 1.5 billion euros of new debt. The company "
     "declined to say whether it was in talks to sell a minority stake to a Gulf investor, as a newspaper reported "
     "last week. Helvar's majority owner is the Canadian pension fund Laurier Retirement Trust."),
    ("rb10", "https://www.iberianskies.example/meridia-third-quarter", "Iberian Skies",
     "Meridia Airports carries 14.6 million passengers as shop revenue outpaces charges",
     "Meridia Airports handled 14.6 million passengers in the third quarter, 7% more than a year earlier, the "
     "operator said on Thursday. Its largest airport, Porto Real, carried 6.1 million of them; Vilanova, the "
     "second-busiest, 4.3 million; and its three smaller airports 4.2 million together. In the first half the group "
     "had handled 23.9 million passengers. Revenue from shops, car parks and restaurants rose 12% to 188 million "
     "euros in the quarter, faster than the 5% rise in airport charges paid by airlines. Meridia said the number of "
     "flights at Vilanova fell 3% after the low-cost carrier Sunjet moved four aircraft to another base, but bigger "
     "planes meant more passengers. The company plans to spend 420 million euros extending the terminal at Porto "
     "Real, where it expects up to 26 million passengers a year by 2030. The government has not yet approved the "
     "higher airport charges that would pay for the work. Chief executive Rui Tavares said he did not expect the "
     "approval before the spring. \"Without it we will build in stages,\" he said."),
    ("ro01", "https://www.islesherald.example/inchlorn-stone-skimming", "Isles Herald",
     "Carpenter skims slate 52 metres to take Inchlorn women's title",
     "Gwen Talley, a 34-year-old carpenter, won the women's title at the Inchlorn stone skimming championship on "
     "Sunday with a throw that travelled 52 metres across the flooded quarry. The men's title went to Dario Fenn, a "
     "postman from Ayr, whose best stone reached 61 metres. Each competitor throws three stones, which must be pieces "
     "of the island's slate no wider than 7.5 centimetres, and a stone must bounce at least three times to count. "
     "Only the longest throw counts. A record 412 skimmers from 19 countries entered, up from 350 last year, and the "
     "organisers had to close entries a week early. Strong wind in the afternoon pushed stones off course, and the "
     "judges paused the event for 40 minutes. The quarry, flooded since it closed in 1911, is owned by a community "
     "trust. The trust's chair, Morag Lindsay, said the entry fees would pay for repairs to the island's pier. Last "
     "year's men's champion, Ivo Brandt, did not defend his title because of a shoulder injury."),
    ("ro02", "https://www.marchesgazette.example/wenlow-worm-charming", "Marches Gazette",
     "Boy, 12, and family charm 287 worms to win Wenlow contest",
     "A family team coaxed 287 worms out of the ground in half an hour to win the Wenlow worm charming contest on "
     "Saturday. The team was led by 12-year-old Alfie Crane, who worked with his mother and grandfather on a "
     "three-metre square of the primary school's playing field. Teams may not dig or pour any liquid other than water "
     "on the grass; most push a garden fork into the soil and twang its handle, because worms come up when they "
     "feel the ground shake. The Cranes also played a recorder. Their total fell short of the contest's record of "
     "341, set in 2015. There were 142 teams, and the worms were counted by volunteers and put back in the soil "
     "after dark. The head judge, Paula Wynne, a soil scientist, said the ground was ideal after a week of light "
     "rain. Last year only 96 worms were charmed by the winners because the field was dry. The contest raised 1,850 "
     "pounds for the school's library."),
    ("ro03", "https://www.westcountryecho.example/town-crier-championship", "Westcountry Echo",
     "Morrowby's town crier wins national championship at fourth attempt",
     "Bernard Holt, 63, the town crier of Morrowby, won the national town crier championship at Castlebury on "
     "Saturday, beating 27 other criers. Each crier gives two cries of no more than 125 words: one about their own "
     "town and one on a set theme, this year Castlebury's new footbridge. Judges mark them for volume, clarity, "
     "diction and bearing. The loudest cry, measured at 108 decibels, came from Holt's rival Sandra Pike of Eastwold, "
     "who came second. Holt, a former fishmonger, has been the town's crier for 11 years and wears a uniform of red "
     "and gold made by his wife, Ann. He had finished second three times. \"I have been shouting at this for a long "
     "time,\" he said after the result. The contest is held in a different town each year; the 2027 event will be in "
     "Harnby. Organisers said the day raised about 2,300 pounds for the local lifeboat station."),
    ("ro04", "https://www.valleysnote.example/drennock-band-title", "Valleys Note",
     "Drennock Colliery Band wins regional title for first time since 1998",
     "The Drennock Colliery Band won the regional brass band championship at Vale Hall in Askerby on Sunday, its "
     "first title since 1998. The 28-piece band, which was formed by miners in 1887 and still rehearses in the old "
     "pit canteen, played the set test piece, a 14-minute work called Harbour Lights by the composer Eric Malham. "
     "Eleven bands took part. The adjudicator, Sian Roberts, named its soprano cornet player, 16-year-old Lily Marsh, "
     "the best soloist of the day. The win means Drennock will play at the national finals in London in October, "
     "which the band said will cost about 8,000 pounds in travel and hotels. The band plans to raise the money with "
     "a concert in December and a sponsored walk. Its conductor, Huw Bevan, said half of its players were under 25. "
     "Last year the band finished sixth."),
    ("ro05", "https://www.suffolkwheel.example/felsham-lawnmower-race", "Suffolk Wheel",
     "Team Grass Menace wins Felsham's 12-hour lawnmower race by four laps",
     "A team of three drivers called Grass Menace won the 12-hour lawnmower race at Felsham on Sunday morning after "
     "covering 318 laps of the 1.3-kilometre course, four laps ahead of the team in second place. The race started "
     "at 8pm on Saturday and ran through the night, with drivers taking turns at the wheel. Forty-one mowers started "
     "and 29 finished. The mowers have their cutting blades removed and can reach about 50 kilometres an hour. One "
     "driver broke a wrist when his mower rolled on a bend, and was taken to hospital in Bury St Edmunds. The race is "
     "run by the Felsham Motor Mower Club, which said the entry fees and a raffle raised 5,600 pounds for the county's "
     "air ambulance. Its secretary, Kevin Oakes, said the club would add floodlights on the back straight next year "
     "after drivers complained they could not see the bend at night."),
    ("ro06", "https://www.somersetlanes.example/combe-ashley-wassail", "Somerset Lanes",
     "Combe Ashley wassail draws record crowd of 900 to village orchard",
     "About 900 people gathered in the old orchard at Combe Ashley on Saturday evening for the village's wassail, the "
     "largest crowd since the custom was revived in 1994. A wassail queen, this year 10-year-old Rosie Hatch, was "
     "lifted into the branches of the oldest tree to place toast soaked in cider there, to feed the tree and bring a "
     "good crop. The crowd then banged pots and pans and sang to drive away evil spirits. The orchard, of 160 trees, "
     "is run by a community group that sells its cider to pay for new planting. Last year it pressed 4,800 litres, "
     "up from 3,100 the year before, after a warmer spring. The group planted 25 young trees of old local varieties "
     "this winter, including Slack-ma-Girdle and Tom Putt. Its chair, Derek Awdry, said the evening raised 3,400 "
     "pounds from ticket and cider sales. A morris side from Taunton danced by torchlight."),
    ("ro07", "https://www.fenlandpost.example/haxby-egg-throwing", "Fenland Post",
     "Sisters catch raw egg at 68 metres to win Haxby Fen egg-throwing title",
     "Two sisters from Lincoln won the egg-throwing championship at Haxby Fen on Sunday when Jo Arden caught a raw "
     "egg thrown by her sister Kate from 68 metres away without breaking it. In the contest, pairs throw an egg back "
     "and forth and step back after each catch, and a pair is out when its egg breaks. Fifty-two pairs took part. A "
     "father and son from Spalding, who came second, dropped their egg at 63 metres. The record, 71 metres, was set in "
     "2018. The event also includes egg relays and a Russian egg roulette round, in which players smash eggs on their "
     "foreheads and one of six eggs is raw. The eggs were donated by a farm in the village, which supplied 1,200 of "
     "them. The organiser, Tom Rudd, said more than 2,000 people watched, and the day raised 3,150 pounds for the "
     "village hall."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]

CONTENT_FREE: list[tuple[str, str]] = [
    ("rb01", "Varenne Group: the quarter by division."),
    ("rb02", "Show comments."),
    ("rb03", "Download the budget review (PDF)."),
    ("rb04", "Nethra Systems, at a glance."),
    ("rb05", "Hide caption."),
    ("rb06", "Sign up to our daily markets email."),
    ("rb07", "Image: Fleetwise."),
    ("rb08", "Back to the homepage."),
    ("rb09", "Scroll down for more."),
    ("rb10", "Tags: airports, Iberia."),
    ("ro02", "Worms."),
    ("ro04", "Audio: hear the winning band."),
    ("ro06", "Wassail."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (ports 8481-8483, one thread each, --n_ctx 8192), json_object, prompt
# version llm-3, date 2026-12-07, --timeout 450, machine at load 21-37. eval18-smollm2_raw.jsonl holds four editions in
# this order (call numbers restart in each; times UTC): 1 rb01-rb05 + ro01 (10 calls, 02:30-03:08), 2 rb06-rb10 + ro02
# (23 calls, 02:30-03:15) and 3 ro03-ro07 + rb02 + rb08 (8 calls, 02:30-02:58), these three started together; 4
# ro03-ro07 + ro01 + ro02 + rb10 (2 calls, 02:59-03:03). Edition 3 ran with the writer's default streamed requests, the
# others with TOPLINE_LLM_STREAM=false; every edition ran to its end. Edition 2 was meant to be stopped at 03:15 (the
# collection's cut-off), but the SIGTERM went to the wrapper shell, not to the collector, which went on: its call 21
# (story, rb08) was in flight when its server was shut down at 03:15:21 and failed, and calls 22 and 23 (story, rb10
# and rb07) found no server ("LLMFailure: connection_error: connection failed: ConnectError('All connection attempts
# failed') (after 2 retries)", recorded with no answer); the edition then ended. 43 calls were recorded (26 story, 12
# repair, 5 signals), 40 of them answered; the servers logged 40 POSTs, all 200. Only rb01-rb10 were shown to the
# model: every edition put the seven ro articles in no category. A sentence is listed once, at its first answer;
# repeats, near-repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, rb02)
    ("rb02", "Caldmoor Bank's profit climbs to 412 million pounds but its margin narrows", S),
    ("rb02", "The bank plans to buy back up to 500 million pounds of its own shares by the end of the year.", S),
    ("rb02", "City Lending Wire, Britain's fourth-largest by deposits, plans to buy back up to 500 million pounds of its "
             "own shares by the end of the year.", ACT),
    ("rb02", "The bank will close 30 more branches next quarter.", FIG),
    # edition 1, call 2 (story, rb05)
    # left out 'Sales to 3.1 billion euros, 14,200 mobile masts in Spain and Portugal, will be sold.': garbled (what
    # "sales to" 3.1 billion euros means is unclear); ambiguous against the article
    ("rb05", "Solvia Telecom will use about 2 billion euros of the money to pay down debt, cutting its net debt to 6.6 "
             "billion euros from 8.6billion.", S),
    ("rb05", "Sales to 900 million euros, 900 mobile masts in Spain and Portugal, will be sold.", FIG),
    # edition 1, call 3 (story, rb05): call 2's first two sentences again, and
    ("rb05", "Sales to 9.9 billion euros, 9.9 mobile masts in Spain and Portugal, will be sold.", FIG),
    # edition 1, call 4 (story, rb04)
    ("rb04", "Nethra Systems, a maker of software for hospitals, said revenue rose 14% to 618 million dollars in its "
             "fiscal second quarter, which ended on 31 October.", S),
    ("rb04", "...", CF),
    ("rb04", "Nethra Systems, a maker of software for hospitals, said revenue rose 1.4 billion to 6.5 billion dollars in "
             "its fiscal second quarter.", FIG),
    # edition 1, call 5 (repair, rb04): a repeat of call 4's first sentence
    # edition 1, call 6 (story, rb01)
    # left out the placeholder
    ("rb01", "Varenne Group, the Lyon-based maker of pumps and valves, said on Thursday that its revenue rose 6% to 2.84 "
             "billion euros in the third quarter.", S),
    ("rb01", "Varenne Group has agreed to buy Tessin Hydraulik for a total of 3.8 million euros, while the company is "
             "expected to grow by 4% in the first quarter.", FIG),
    # edition 1, call 7 (repair, rb01)
    ("rb01", "The group has agreed to buy Tessin Hydraulik, a German maker of pressure sensors, for about 310 million "
             "euros; completion is due in the first quarter of next year.", S),
    # edition 1, call 8 (story, rb03)
    ("rb03", "The regional government of Ostervale expects a deficit of 1.4 billion crowns for the fiscal year ending in "
             "March, finance minister Ruth Kessling said on Tuesday, narrower than the 1.9 billion it forecasted in the "
             "spring budget.", S),
    # edition 1, call 9 (story, rb03): a near-repeat of call 8 ('in the spring budget' dropped)
    # edition 1, call 10 (signals, rb01-rb05)
    # left out a near-repeat of call 1's first sentence (a full stop added)
    ("rb02", "The bank plans to sell its tower unit to Arcadia-led funds for 3.1 billion euros, while the company is "
             "expected to reach a new record of selling it to a group led by Arcadia-led funds.", MERGE, ("rb05",)),
    # edition 2, call 1 (story, rb06)
    # left out the placeholder and a repeat of the sentence below
    ("rb06", "The government has decided to cut 9 billion dollars from the fund's budget, and plans to take out a fifth "
             "of its shares in the next two years.", CLAIM),
    # edition 2, call 2 (repair, rb06)
    ("rb06", "Estravia's sovereign wealth fund made a return of 7.4% in the first half of the year, lifting its value "
             "to 412 billion dollars at the end of June, the funds said on Friday.", S),
    # edition 2, call 3 (story, rb08)
    ("rb08", "The transport authority of Tarnholm will raise the price of a single bus ticket from 2.80 to 3.20 euros "
             "in February, its board decided on Wednesday.", S),
    # edition 2, call 4 (repair, rb08)
    ("rb08", "It has agreed to buy 40 more electric trams from Lindquist Rail for 164 million euros; the first will "
             "arrive in 2028.", S),
    # edition 2, call 5 (story, rb07)
    # left out 'Kovar is a Czech electric-buses manufacturer that has been the second largest seller of electric buses
    # in Europe.': a near-repeat of the first sentence below
    ("rb07", "Kovar is a Czech electric-bus manufacturer that has been the second largest seller of electric buses in "
             "Europe, behind Solbus.", S),
    ("rb07", "The company plans to expand its capacity by 2028 and will offer new products such as electric scooters, "
             "bicycles, and other vehicles.", CLAIM),
    ("rb07", "The company plans to expand its capacity by 2028.", S),
    ("rb07", "Germany was the biggest market with 410 buses, followed by Poland with 305 and Italy with 190; the rest "
             "went to 14 other countries.", S),
    ("rb07", "The company has not yet decided how to pay for the plant.", S),
    ("rb07", "The investment group Rendl Holding plans to expand its capacity by 2028.", ACT),
    # edition 2, call 6 (repair, rb07)
    ("rb07", "Kovar Mobility, the Czech electric-bus maker delivered 1,240 buses in the first nine months of the year, "
             "overtaking Brennholt to become the second-largest seller of electric buses in Europe, behind Solbus, "
             "ahead of Solbruk's 3rd largest sales.", CLAIM),
    # edition 2, call 7 (story, rb10)
    # left out the placeholder
    ("rb10", "Meridia Airports handled 14.6 million passengers in the third quarter, 7% more than a year earlier, the "
             "operator said on Thursday.", S),
    ("rb10", "The company plans to spend 420 million euros extending the terminal at Porto Real, where it expects up "
             "to 188 million euros in 5 years.", FIG),
    ("rb10", "Meridia said the number of flights at Vilanova fell 3% after Sunjet moved four aircraft to another base.",
     S),
    # edition 2, call 8 (repair, rb10)
    ("rb10", "The company plans to spend 420 million euros extending the terminal at Porto Real, where it expects up "
             "to 26million passengers a year by 2030.", S),
    # edition 2, call 9 (story, rb09)
    ("rb09", "Helvar Data Centres, a Frankfurt-based operator, said it will spend between 2.4 billion and 2.8 billion "
             "euros next year building new sites with 640 megawatts of power capacity, up from about 1.5 billion this "
             "year.", FIG),
    ("rb09", "Finance chief Carla Weiss said the spending would be funded by operating cash flow and up to 1.5 billion "
             "euros of new debt.", S),
    ("rb09", "Helvar has signed a deal to lease a 90-megawatt campus near Milan to one of them for 15 years.", S),
    ("rb09", "Finance chief Carla Weiss said the spending would be funded by operating cash flow and up to 2.8 billion "
             "euros this year, while Helvar Data Centres plans to add a new 640 megawatts of power capacity to its "
             "existing 15-megawatt campus.", FIG),
    # edition 2, call 10 (repair, rb09): a near-repeat of call 9's second sentence ('from' for 'by')
    # edition 2, call 11 (signals, rb06-rb10)
    ("rb06", "Estravia's sovereign wealth fund has raised its share price to 2.8%.", CLAIM),
    ("rb08", "The transport authority of Tarnholm will raise the price of a single bus ticket from 2.80 to 3.20 euros.",
     S),
    # edition 2, call 12 (story, rb09)
    # left out a repeat of call 9's second sentence
    ("rb09", "Helvar Data Centres, a Frankfurt-based operator, said it will spend between 2.4 billion and 2.8 billion "
             "euros next year building new sites, up from about 1.6 billion this year.", S),
    # edition 2, call 13 (story, rb07)
    ("rb07", "The Czech electric-bus maker Kovar has surpassed Solbus as Europe's second largest electric-buses seller.",
     ACT),
    # edition 2, call 14 (repair, rb07): a near-repeat of call 5's fifth sentence ('its' for 'the')
    # edition 2, call 15 (story, rb10)
    # left out a repeat of call 7's first sentence and the placeholder
    ("rb10", "In the first half the group had handled 14.6 million passengers in the third quarter, 7% more than a "
             "year earlier, the operator said on Thursday.", FIG),
    # edition 2, call 16 (repair, rb10)
    ("rb10", "In the first half the group had handled 23.9 million passengers.", S),
    # edition 2, calls 17 and 18 (story, rb06): a near-repeat of call 2 ('the funds said on Friday' dropped)
    # edition 2, call 19 (signals, rb06 + rb07 + rb09 + rb10): a near-repeat of call 12's first sentence ('up from
    # about 1.6 billion this year' dropped) and a repeat of call 9's second
    # edition 2, call 20 (story, rb08); calls 21-23 (story, rb08, rb10 and rb07) failed with connection errors
    ("rb08", "The transport authority of Tarnholm will raise the price of a single bus or tram ticket from 2.80 to "
             "3.20 euros in February, its board decided on Wednesday, the first increase since 2021.", S),
    ("rb08", "It has agreed to buy 40 more electric trams from Lindquist Rail for 164 million euros this month; the "
             "first will arrive in 2027.", FIG),
    ("rb08", "The authority expects about 22 million euros a year, which would cut the subsidy to the network to 118 "
             "million euros in 2027.", S),
    ("rb08", "This is expected to be achieved by 2035.", CLAIM),
    # edition 3, call 1 (story, rb02): word for word edition 1's call 1
    # edition 3, call 2 (story, rb08)
    # left out the placeholder
    ("rb08", "Tarnholm has raised single bus ticket from 2.80 to 3.20 euros, a 164 million euro increase.", FIG),
    ("rb08", "The new fares will bring in about 22 million euros this year.", FIG),
    # edition 3, call 3 (repair, rb08)
    # left out its first sentence (the lead with '...for 164 million euros this year' added to the trams: whether
    # "this year" dates the agreement or the payment is unclear; ambiguous against the article)
    ("rb08", "It has agreed to buy 5 more electric trams from Lindquist Rail for 164 million euros this year.", FIG),
    ("rb08", "In the next quarter, the board will also purchase 3 more electric trams from Lindquist Rail; it is "
             "expected to have a total of 80 more electric trams in the coming quarters.", CLAIM),
    # edition 3, call 4 (signals, rb02 + rb08)
    # left out two near-repeats of edition 1's first sentence (a full stop added; '...' before it)
    ("rb02", "The bank plans to buy back up to 500,000 of its own shares by the end of the year.", FIG),
    ("rb08", "The next increase will be a single bus ticket from Tarnholm Courier.", CLAIM),
    ("rb08", "Tarnholl has agreed to buy 40 more electric trams from Lindquist Rail for 36 million euros; it is "
             "expected to deliver them in 2028, per Tarnholt Courier.", FIG),
    # edition 3, call 5 (story, rb08): a repeat of edition 2's call 20's first sentence, and
    ("rb08", "It has agreed to buy 40 more electric trams from Lindquist Rail for 5 million euros this year; the first "
             "will arrive in 2027.", FIG),
    ("rb08", "The board of Tarnholm approved a proposal to make travel free for pupils under 16, which would have cost "
             "9 million euros last year.", DIR),
    # edition 3, call 6 (story, rb02)
    # left out the placeholder
    ("rb02", "Caldmoor Bank reported a second-quarter net profit of 412 million pounds on Wednesday, up from 355 "
             "million a year earlier, taking its profit for the first half to 790 million pounds.", S),
    # edition 3, call 7 (repair, rb02)
    ("rb02", "Chief executive Owen Radley said the bank would close 30 more branches next year.", S),
    # edition 3, call 8 (signals, rb02 + rb08)
    ("rb08", "Tarnholm's new train will be a single bus ticket from 2.80 to 3.20 euros.", CLAIM),
    ("rb08", "The transport authority of Tarnholm will raise the price of a single bus ticket from 2.80 to 3.20 euros "
             "this week, its board decided on Wednesday, the first increase since 2021.", FIG),
    # edition 4, call 1 (story, rb10): a near-repeat of edition 2's call 7 ('the operator said on Thursday' dropped)
    # and the placeholder; call 2 (repair, rb10): a repeat of edition 2's call 16
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="n", split="evaluation18",
                                      raw_name="eval18-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval18", arts, rows, problems, (("business, public finance and tech articles", "rb"),
                                                ("others", "ro")))


if __name__ == "__main__":
    main()
