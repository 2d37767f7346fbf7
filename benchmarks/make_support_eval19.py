"""Build the nineteenth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval19-articles.jsonl and eval19-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it once before and once after the session's changes, by the lead).

    python benchmarks/make_support_eval19.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and
places. Ten articles are business, public finance and tech news of the kind Topline reads, in shapes the earlier parts
used less (ub01-ub10): a quarter's figures for several segments, regions, countries or budget lines that a faithful
sentence may add up or subtract (a chemicals group's coatings, adhesives and crop protection, a chip-equipment
maker's sales by country, a city budget's schools, social care and transport, a postal company's parcels, letters
and bank, a heat pump maker's sales by country, a retailer's sales by country), margins and rates whose change is in
percentage points, a ranking ("the third-largest lender by assets", "Europe's third-largest supplier", "the
second-largest home-improvement chain"), ranges and estimates ("between", "up to", "about", "roughly twice"), a plan
against a done act ("plans to", "will", "has agreed"), negations ("did not change", "declined to say", "did not
approve", "did not bid", "has not yet signed", "did not give a forecast"), quotes from named and unnamed people ("an
analyst at a Dublin stockbroker, who asked not to be named", "a person familiar with the talks", "one trader"), a
quarter against a half-year, nine months or a fiscal year, an actor named later by description ("the Marseille-based
maker", "the lender", "its parent", "the Portland company", "the operator") or by pronoun, and an actor in one sentence
whose act is in the next ("Chief executive Marc Ollivier said ... He declined to say ..."). Seven are on topics no
earlier part uses (uo01-uo07; the earlier articles, the demo corpus and ../shared/data were searched for the topic
words): a gurning championship, a toe wrestling championship, a dragon boat festival, an air guitar championship, a
yodelling contest, an ice sculpture contest and a bathtub race.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said", voice changed, clauses reordered, a speaker by role and by name, an actor by description, synonyms
and other verbs for the same act, negations restated ("left unchanged" for "did not change", "would not say" for
"declined to say", "turned down" for "did not approve", "stayed out of" for "did not bid for", "has yet to" for "has not
yet"), figures and ranges restated, and analysis sentences (``kind`` "analysis") that only combine or compute from what
one passage of the cited article says (two segments added up "together", a margin's, a ratio's, a share's or a tax
rate's change in percentage points, a segment's rank from three figures, a first half from nine months less the third
quarter, nine months from a half-year plus a quarter, a first quarter from a half-year less the second, a shortfall
against analysts' forecast, the money left after a debt repayment, a rival offer from "200 million lower", a toll rise
against the rise asked for, a gap to 2019 traffic, a share of a spending range in money, a capacity addition, a
runner-up's time, a winning margin in points, a gap to a course record). Each is fully supported by one passage (a
sentence and its neighbours) of a cited article, checked by reading. Unsupported sentences (origin "planted"): every
error kind, with new shapes beside the earlier parts' (a wrong sum of segments, a wrong point difference, the
nine-months' or the fiscal year's or the half-year's figure given to the quarter, the first quarter given the
second's profit, a ranking moved, a plan told as done ("has sold", "has paid", "has borrowed", "has opened", "has
closed", "has finished widening", "has signed leases"), a negation dropped or reversed ("raised its dividend",
"confirmed that it was in talks", "approved the Centre Party's plan", "won a large French contract", "said the export
rules would not affect", "forecast a higher profit"), a refusal to comment made a statement, the toll asked for given
as the one approved, the buyer and the seller swapped, the rival bidder made the buyer, an unnamed analyst's words
given to the finance chief, the opposition leader's words given to the finance councillor, an analysis sentence whose
computation is wrong (kind "analysis"), and content-free page furniture no earlier part used). Real SmolLM2-135M
outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are
in eval19-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation19"; ids
"p0001"... (the earlier parts' sentence ids use s, k, m, v, w, x, y, z, u, r, o, h, g, e, d, c, i, f, b and n; every
letter left, p among them, is the first letter of some earlier part's article ids, which are a letter and two digits
or two letters and two digits, so "p" and four digits meets none of them). Article ids ub01-ub10 and uo01-uo07 (no
earlier part's article ids start with "u").
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
           "eval14-sentences.jsonl", "eval15-sentences.jsonl", "eval16-sentences.jsonl", "eval17-sentences.jsonl",
           "eval18-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl")
EARLIER_IDS = "skmvwxyzurohgedcifbn"   # id prefixes of the earlier parts' sentences
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, ib, io, kb, ko, mb, mo, rb, ro, sb, so, vb, vo, wb,
# wo, xb, xo, yb, yo, zb, zo; this part's: ub, uo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "ub01": [
        ("Castellane Chimie's revenue rose 5% to 1.92 billion euros in the third quarter.", S),
        ("The Marseille-based group's adhesives sales grew 9% on demand from battery makers.", S),
        ("Crop protection sales dropped 7% after a wet spring in northern Europe meant less spraying.", S),
        ("Castellane's EBITDA margin improved to 17.4% from 16.1%.", S),
        ("The chemicals maker now sees full-year revenue of about 7.6 billion euros, the top of its previous range.",
         S),
        ("Castellane left its dividend policy unchanged.", S),
        ("Marc Ollivier, the chief executive, said Castellane planned to sell its pool-chemicals business by the "
         "middle of next year.", S),
        ("Ollivier would not say whether anyone had offered to buy the pool-chemicals business.", S),
        ("Castellane has agreed to pay Quimera Polimeros 95 million euros for a resin plant in Tarragona.", S),
        ("Castellane's shares fell 2.4% in Paris, as investors had hoped for a higher forecast, one trader said.", S),
        ("Coatings and adhesives together brought in 1.45 billion euros in the quarter.", S, (), AN),
        ("The EBITDA margin widened by 1.3 percentage points.", S, (), AN),
        ("Adhesives were the second-largest of Castellane's three segments by revenue.", S, (), AN),
        ("Castellane's adhesives sales fell 9% as battery makers cut orders.", DIR),
        ("Coatings and adhesives together brought in 1.55 billion euros in the quarter.", FIG, (), AN),
        ("The EBITDA margin widened by 1.8 percentage points.", FIG, (), AN),
        ("Crop protection was the second-largest of Castellane's segments in the quarter.", FIG, (), AN),
        ("Castellane has sold its pool-chemicals business.", DIR),
        ("Castellane raised its dividend for the year.", DIR),
        ("Quimera Polimeros has agreed to buy a resin plant in Tarragona from Castellane for 95 million euros.", ACT),
        ("Castellane now expects full-year revenue of between 7.3 billion and 7.6 billion euros.", FIG),
        ("Ollivier said several buyers had come forward for the pool-chemicals business.", DIR),
        ("Crop protection sales fell because Castellane stopped selling two herbicides in France.", CAUSE),
        ("Castellane's results show that battery makers have become the chemicals industry's main source of growth.",
         GEN),
        ("Castellane will supply the adhesives for the heat pumps Torvane plans to assemble in Poland.", MERGE,
         ("ub07",)),
        ("Castellane's third-quarter revenue rose 5% to 1.92 billion dollars.", FIG),
        ("Castellane plans to cut 300 jobs in its crop protection business.", CLAIM),
        ("Shares in Castellane rose 2.4% in Paris.", DIR),
    ],
    "ub02": [
        ("Dunvale Bank's pre-tax profit fell to 286 million euros in the third quarter from 301 million a year "
         "earlier.", S),
        ("Over the first nine months, the lender's profit was 874 million euros, up from 842 million.", S),
        ("Net interest income slipped 4% to 512 million euros as the ECB's rate cuts fed through to loan pricing.", S),
        ("Fee income climbed 8% to 131 million euros.", S),
        ("Ireland's third-largest lender by assets intends to pay a special dividend of as much as 250 million euros "
         "in the spring, if the regulator approves.", S),
        ("Aoife Brannigan, the finance chief, said mortgage lending was ahead of target.", S),
        ("Dunvale's finance chief would not comment on a report that the bank was talking to the car lender "
         "Carrigbeg Finance about a purchase.", S),
        ("Dunvale kept its full-year forecast unchanged.", S),
        ("An analyst at a Dublin stockbroker said Dunvale was squeezing more out of fees than expected.", S),
        ("The bank's cost-to-income ratio worsened to 48.5% from 46.9%.", S),
        ("Dunvale's profit in the first half was 588 million euros.", S, (), AN),
        ("The cost-to-income ratio rose by 1.6 percentage points.", S, (), AN),
        ("Third-quarter pre-tax profit was 15 million euros lower than a year earlier.", S, (), AN),
        ("Dunvale Bank's third-quarter pre-tax profit rose to 301 million euros from 286 million.", DIR),
        ("Dunvale made a pre-tax profit of 874 million euros in the third quarter.", FIG),
        ("Dunvale's profit in the first half was 556 million euros.", FIG, (), AN),
        ("The cost-to-income ratio rose by 2.6 percentage points.", FIG, (), AN),
        ("Dunvale has paid a special dividend of 250 million euros.", DIR),
        ("Dunvale confirmed that it was in talks to buy Carrigbeg Finance.", DIR),
        ("Carrigbeg Finance is in talks to buy Dunvale Bank.", ACT),
        ("Dunvale is Ireland's second-largest lender by assets.", FIG),
        ("Dunvale raised its forecast for the full year.", DIR),
        ("Aoife Brannigan said Dunvale was squeezing more out of fees than analysts had expected.", ACT),
        ("Net interest income fell because Dunvale lost several large corporate clients.", CAUSE),
        ("Dunvale's results show that Irish banks will struggle to grow as interest rates fall.", GEN),
        ("Dunvale plans to cut 500 jobs next year.", CLAIM),
        ("Fee income fell 8% to 131 million euros.", DIR),
        ("Dunvale Bank is one of the four banks that agreed a credit line with Sarnia Cloud last week.", MERGE,
         ("ub09",)),
    ],
    "ub03": [
        ("Vellmark's council passed a 3.42 billion kronor budget for 2027 by 41 votes to 30.", S),
        ("The budget is 4% bigger than this year's.", S),
        ("Schools will receive 1.38 billion kronor and social care 1.05 billion.", S),
        ("The property tax rate will rise to 0.62% from 0.58%, the first increase since 2019.", S),
        ("The higher property tax is expected to raise about 70 million kronor more each year.", S),
        ("Lena Strand, the finance councillor, said Vellmark would borrow as much as 400 million kronor for two new "
         "schools.", S),
        ("The two schools are due to open in 2029.", S),
        ("Councillors rejected the Centre Party's proposal to extend the tram line to Norrby.", S),
        ("The tram extension to Norrby would have cost about 900 million kronor, and Strand said it would be "
         "reconsidered in 2028.", S),
        ("Johan Ekdal, the Centre Party's leader, said homeowners were being asked to pay more while the tram "
         "waited.", S),
        ("The budget freezes hiring in the city's administration.", S),
        ("Schools and social care together account for 2.43 billion kronor of the budget.", S, (), AN),
        ("The property tax rate goes up by 0.04 percentage points.", S, (), AN),
        ("Schools and social care together account for 2.53 billion kronor of the budget.", FIG, (), AN),
        ("The property tax rate goes up by 0.4 percentage points.", FIG, (), AN),
        ("The budget was approved by 41 votes to 13.", FIG),
        ("Vellmark has borrowed 400 million kronor to build two new schools.", DIR),
        ("The council approved the Centre Party's plan to extend the tram line to Norrby.", DIR),
        ("Vellmark will cut its property tax rate to 0.58% from 0.62%.", DIR),
        ("Lena Strand said homeowners were being asked to pay more while the tram waited.", ACT),
        ("The Centre Party voted for the budget.", DIR),
        ("Social care will receive 1.38 billion kronor next year.", FIG),
        ("The property tax is rising because Vellmark lost a court case over its pension fund.", CAUSE),
        ("The budget shows that Swedish cities can no longer pay for their schools without raising taxes.", GEN),
        ("Vellmark will sell its stake in the city's energy company to pay for the tram.", CLAIM),
        ("The council's budget for 2027 is 4% smaller than this year's.", DIR),
        ("Like Via Sarrana, Vellmark has been told to spend 85 million on noise barriers.", MERGE, ("ub08",)),
    ],
    "ub04": [
        ("Ostrander Instruments' revenue rose 18% to 1.37 billion dollars in its fiscal fourth quarter.", S),
        ("Revenue for the whole fiscal year came to 4.96 billion dollars.", S),
        ("The Portland-based company's gross margin slipped to 49.1% from 51.0%, which it put down to the cost of a "
         "second plant in Malaysia.", S),
        ("Ostrander forecast revenue of 1.25 billion to 1.35 billion dollars for the current quarter, short of the "
         "1.41 billion analysts expected.", S),
        ("Dana Whitlock, the chief executive, said memory-chip makers' orders had turned a corner.", S),
        ("Ostrander plans to repurchase as much as 1 billion dollars of stock over two years.", S),
        ("The company did not say whether the new US export rules would hit its sales in China.", S),
        ("Ostrander ranks third among makers of inspection equipment, after Kelton and Sarova.", S),
        ("Its shares dropped 6% after hours.", S),
        ("China, Taiwan and South Korea together accounted for 1.16 billion dollars of the quarter's sales.", S, (),
         AN),
        ("The gross margin narrowed by 1.9 percentage points.", S, (), AN),
        ("Even the top of Ostrander's forecast is 60 million dollars below what analysts had expected.", S, (), AN),
        ("China, Taiwan and South Korea together accounted for 1.26 billion dollars of the quarter's sales.", FIG, (),
         AN),
        ("The gross margin narrowed by 2.9 percentage points.", FIG, (), AN),
        ("Ostrander's revenue rose 18% to 4.96 billion dollars in its fiscal fourth quarter.", FIG),
        ("Ostrander expects current-quarter revenue above the 1.41 billion dollars analysts had expected.", DIR),
        ("Ostrander has bought back 1 billion dollars of its shares.", DIR),
        ("Ostrander said the new American export rules would not affect its sales to China.", DIR),
        ("Ostrander is the second-largest maker of inspection equipment, behind Kelton.", FIG),
        ("Kelton said orders from memory-chip makers had turned a corner.", ACT),
        ("Taiwan was Ostrander's largest market in the quarter.", FIG, (), AN),
        ("The gross margin fell because chip makers demanded lower prices.", CAUSE),
        ("Ostrander's results show that the boom in chip equipment is coming to an end.", GEN),
        ("Ostrander will open its second Malaysian plant with the help of a government grant.", CLAIM),
        ("Ostrander's shares rose 6% after the results.", DIR),
        ("Ostrander will sell inspection machines for the data centres Sarnia Cloud plans in Quebec.", MERGE,
         ("ub09",)),
    ],
    "ub05": [
        ("Dravik Industries has agreed to sell Dravik Lift to Hallam Partners for 2.3 billion euros, including "
         "debt.", S),
        ("The forklift unit had sales of 1.1 billion euros last year and has 4,800 employees.", S),
        ("Dravik Lift builds warehouse trucks in Sweden and Poland.", S),
        ("The Swedish group will put about 1.2 billion euros of the money towards cutting its debt.", S),
        ("The rest of the proceeds will go back to shareholders in a share buyback.", S),
        ("Completion of the sale is expected in the second quarter of next year, after the EU and Turkish "
         "competition authorities approve it.", S),
        ("Ingrid Valen, Dravik's chief executive, said the group would concentrate on mining equipment and "
         "compressors.", S),
        ("Valen said the forklift unit needed an owner that could spend on it.", S),
        ("Hallam would not comment on what it planned for the Polish plant.", S),
        ("According to a person familiar with the talks, Corlith Capital had offered about 200 million euros less.",
         S),
        ("Dravik shares gained 5.2% in Stockholm.", S),
        ("After paying down debt, Dravik will have about 1.1 billion euros left for the buyback.", S, (), AN),
        ("Corlith Capital's rival offer was worth about 2.1 billion euros.", S, (), AN),
        ("Hallam Partners has agreed to sell its forklift business to Dravik Industries for 2.3 billion euros.", ACT),
        ("Corlith Capital has agreed to buy Dravik Lift for 2.3 billion euros.", ACT),
        ("After paying down debt, Dravik will have about 1.3 billion euros left for the buyback.", FIG, (), AN),
        ("Corlith Capital's rival offer was worth about 2.5 billion euros.", FIG, (), AN),
        ("The sale of Dravik Lift was completed after EU and Turkish regulators approved it.", DIR),
        ("Dravik will pay a special dividend with the proceeds of the sale.", CLAIM),
        ("Hallam said it would close the Polish plant.", DIR),
        ("The forklift unit employs 8,400 people.", FIG),
        ("Ingrid Valen said the group would sell its mining equipment business next.", DIR),
        ("Dravik is selling the forklift unit because it lost money last year.", CAUSE),
        ("The sale shows that private equity is taking over Europe's industrial companies.", GEN),
        ("Dravik's shares fell 5.2% in Stockholm.", DIR),
        ("Dravik Lift had sales of 1.1 billion dollars last year.", FIG),
        ("Dravik will use part of the proceeds to build Torvane's heat pump plant in Poland.", MERGE, ("ub07",)),
    ],
    "ub06": [
        ("Posta Lestria made an operating profit of 94 million euros in the first half, after a loss of 12 million a "
         "year earlier.", S),
        ("The state-owned postal company's revenue grew 6% to 1.48 billion euros.", S),
        ("Parcel revenue rose 14% to 690 million euros, while letters brought in 520 million, 5% less.", S),
        ("PostaBanca, the company's bank, contributed 270 million euros.", S),
        ("The company delivered 410 million letters, 9% fewer than a year earlier.", S),
        ("Posta Lestria intends to close about 120 post offices next year and move their services into shops.", S),
        ("Teodor Marin, the chief executive, said none of its postal workers would lose their jobs.", S),
        ("The government turned down the company's request to raise the price of a standard stamp to 1.40 euros.",
         S),
        ("A standard stamp will instead cost 1.30 euros from March.", S),
        ("Marin would not say whether Posta Lestria would pay a dividend for the year.", S),
        ("The postal workers' union described the closures as a slow retreat from the villages.", S),
        ("Posta Lestria made an operating profit of 33 million euros in the first quarter.", S, (), AN),
        ("Parcels and letters together brought in 1.21 billion euros in the first half.", S, (), AN),
        ("The stamp price will rise by 10 cents, half the increase the company had asked for.", S, (), AN),
        ("Posta Lestria made an operating profit of 94 million euros in the second quarter.", FIG),
        ("Posta Lestria made an operating profit of 61 million euros in the first quarter.", FIG, (), AN),
        ("Parcels and letters together brought in 1.31 billion euros in the first half.", FIG, (), AN),
        ("The government approved a rise in the price of a standard stamp to 1.40 euros.", DIR),
        ("Posta Lestria has closed 120 post offices.", DIR),
        ("Marin said postal workers would lose their jobs when the post offices close.", DIR),
        ("Letter revenue rose 5% to 520 million euros.", DIR),
        ("The postal workers' union said none of its members would lose their jobs.", ACT),
        ("Marin said Posta Lestria would pay a dividend for the year.", DIR),
        ("Parcel revenue grew because Posta Lestria won a contract with a large online retailer.", CAUSE),
        ("The results show that Europe's postal services can survive without state support.", GEN),
        ("The government plans to sell a stake in Posta Lestria.", CLAIM),
        ("Posta Lestria delivered 410 million parcels in the first half.", FIG),
        ("Posta Lestria will move the services of its closed post offices into Klusmeer's stores.", MERGE,
         ("ub10",)),
    ],
    "ub07": [
        ("Torvane sold 182,000 heat pumps from January to September.", S),
        ("The Danish company has overtaken Helmquist as Europe's third-largest heat pump supplier, the industry group "
         "EHPI says.", S),
        ("Vaillo is still Europe's largest heat pump supplier and Norrsken the second-largest.", S),
        ("Torvane's market share climbed to 9.4% from 7.8%.", S),
        ("Germany bought 71,000 of Torvane's heat pumps, France 48,000 and the Netherlands 26,000.", S),
        ("Torvane plans to open an assembly plant in Poland in 2028 that will cost between 120 million and 150 "
         "million euros.", S),
        ("The Polish plant would raise Torvane's capacity to up to 320,000 units a year, from 230,000.", S),
        ("Mads Kjeldsen, the chief operating officer, said no site had been picked yet.", S),
        ("Torvane will supply 15,000 heat pumps over three years to Woonwel, a Dutch housing association.", S),
        ("Torvane stayed out of a big French social-housing tender last month because it found the margins too "
         "thin.", S),
        ("Kjeldsen said Torvane would rather grow more slowly than buy market share.", S),
        ("Helmquist blamed a product recall in the spring for hurting its sales.", S),
        ("Germany, France and the Netherlands together took 145,000 of Torvane's heat pumps.", S, (), AN),
        ("Torvane's market share rose by 1.6 percentage points.", S, (), AN),
        ("The Polish plant would add up to 90,000 units a year of capacity.", S, (), AN),
        ("Torvane has overtaken Norrsken to become Europe's second-largest heat pump supplier.", FIG),
        ("Helmquist has overtaken Torvane as Europe's third-largest heat pump supplier.", ACT),
        ("Germany, France and the Netherlands together took 155,000 of Torvane's heat pumps.", FIG, (), AN),
        ("Torvane's market share rose by 2.6 percentage points.", FIG, (), AN),
        ("The Polish plant would add up to 320,000 units a year of capacity.", FIG, (), AN),
        ("Torvane has opened an assembly plant in Poland.", DIR),
        ("Torvane won a large French social-housing contract last month.", DIR),
        ("Kjeldsen said Torvane had already chosen a site for its Polish plant.", DIR),
        ("Torvane's market share fell to 7.8% from 9.4%.", DIR),
        ("Woonwel has agreed to supply 15,000 heat pumps to Torvane.", ACT),
        ("Torvane's sales grew because Germany raised its subsidies for heat pumps.", CAUSE),
        ("Torvane's rise shows that Danish heat pump makers are winning the European market.", GEN),
        ("Torvane intends to float on the Copenhagen stock exchange next year.", CLAIM),
        ("The Polish plant will cost between 120 million and 150 million dollars.", FIG),
        ("Torvane's heat pumps will heat the two new schools Vellmark plans to build.", MERGE, ("ub03",)),
    ],
    "ub08": [
        ("The car toll on the Sarrano ring road will go up to 4.50 euros from 4.10 euros on 1 January.", S),
        ("The regional transport regulator approved the increase on Thursday.", S),
        ("Lorries will pay 11.80 euros instead of 10.90.", S),
        ("Via Sarrana had sought a rise to 4.70 euros.", S),
        ("The operator runs the 64-kilometre road under a concession that expires in 2041.", S),
        ("Via Sarrana expects the higher tolls to raise about 38 million euros more next year.", S),
        ("From January to October, an average of 212,000 vehicles a day used the road, 3% more than a year "
         "earlier.", S),
        ("Traffic is still lower than in 2019, when 224,000 vehicles a day used the road.", S),
        ("The regulator ordered Via Sarrana to spend 85 million euros on noise barriers by 2030.", S),
        ("Via Sarrana has agreed to widen a 9-kilometre stretch near the airport, starting in 2027.", S),
        ("The company did not say how the widening would be paid for.", S),
        ("A spokesman for the motorists' association ACS said drivers would pay more for the same traffic jams.", S),
        ("The regional government holds 30% of Via Sarrana.", S),
        ("The car toll rises by 40 cents, 20 cents less than Via Sarrana had asked for.", S, (), AN),
        ("Daily traffic is still 12,000 vehicles below its 2019 level.", S, (), AN),
        ("The car toll rises by 60 cents.", FIG, (), AN),
        ("The car toll on the Sarrano ring road will go up to 4.70 euros on 1 January.", FIG),
        ("Daily traffic is still 22,000 vehicles below its 2019 level.", FIG, (), AN),
        ("Traffic on the ring road fell 3% from a year earlier.", DIR),
        ("Traffic on the ring road is now above its 2019 level.", DIR),
        ("Via Sarrana has finished widening a 9-kilometre section near the airport.", DIR),
        ("Via Sarrana said it would pay for the widening with a loan from the European Investment Bank.", CLAIM),
        ("The regulator refused to let Via Sarrana raise the car toll.", DIR),
        ("The motorists' association ACS welcomed the toll increase.", DIR),
        ("Via Sarrana told the regulator to spend 85 million euros on noise barriers.", ACT),
        ("Tolls are rising because Via Sarrana must repay a loan for the airport link.", CAUSE),
        ("The toll rise shows that motorway operators have too much power over their regulators.", GEN),
        ("The regional government plans to sell its 30% stake in Via Sarrana.", CLAIM),
        ("Lorries will pay 11.80 euros instead of 10.90 from 1 March.", FIG),
        ("Via Sarrana's concession ends in 2014.", FIG),
        ("Via Sarrana will use the extra toll money to pay for Vellmark's tram extension.", MERGE, ("ub03",)),
    ],
    "ub09": [
        ("Sarnia Cloud plans to spend 900 million to 1.1 billion Canadian dollars on AI computing capacity next "
         "year.", S),
        ("That is roughly twice the 520 million Canadian dollars Sarnia expects to spend this year.", S),
        ("Third-quarter revenue at the Toronto-based company grew 23% to 684 million Canadian dollars.", S),
        ("Subscriptions accounted for 598 million Canadian dollars of the quarter's revenue.", S),
        ("Ravi Mehta, the finance chief, said about 40% of the spending would go on chips.", S),
        ("Sarnia will pay for the programme with cash and a credit line of up to 600 million dollars agreed with four "
         "banks.", S),
        ("Four banks agreed last week to lend Sarnia up to 600 million dollars.", S),
        ("Sarnia has yet to sign leases for the two data centres it wants to open in Quebec.", S),
        ("A Canadian bank that Sarnia did not name was its largest customer, with 11% of revenue.", S),
        ("Sarnia would not comment on a report of talks with a chip supplier about a long-term supply deal.", S),
        ("Sarnia's operating margin narrowed to 14.2% from 18.5% as it took on more engineers.", S),
        ("The stock dropped 7.3% in Toronto.", S),
        ("Services brought in 86 million Canadian dollars in the third quarter.", S, (), AN),
        ("The operating margin shrank by 4.3 percentage points.", S, (), AN),
        ("About 60% of next year's AI spending, or 540 million to 660 million Canadian dollars, would go on "
         "buildings, power and networking.", S, (), AN),
        ("Services brought in 96 million Canadian dollars in the third quarter.", FIG, (), AN),
        ("The operating margin shrank by 3.3 percentage points.", FIG, (), AN),
        ("Sarnia has signed leases for two data centres in Quebec.", DIR),
        ("Sarnia's operating margin widened to 18.5% from 14.2%.", DIR),
        ("Ravi Mehta said about 40% of the spending would go on buildings, power and networking.", FIG),
        ("Sarnia has signed a long-term supply deal with a chip supplier.", CLAIM),
        ("Sarnia plans to spend between 900 million and 1.1 billion US dollars on AI capacity next year.", FIG),
        ("Sarnia's revenue rose 23% to 598 million Canadian dollars in the third quarter.", FIG),
        ("Sarnia's margin narrowed because its largest customer cut its spending.", CAUSE),
        ("Sarnia's spending plan shows that Canadian software companies are falling behind in AI.", GEN),
        ("Sarnia plans to cut 200 engineering jobs next year.", CLAIM),
        ("Sarnia's shares rose 7.3% in Toronto.", DIR),
        ("Sarnia will buy the chips for its AI programme from Ostrander Instruments.", MERGE, ("ub04",)),
    ],
    "ub10": [
        ("Klusmeer's third-quarter sales rose 3.8% to 1.06 billion euros.", S),
        ("The Utrecht-based chain took 590 million euros in the Netherlands, 310 million in Belgium and 160 million "
         "in Germany.", S),
        ("Like-for-like sales, which exclude new stores, grew 1.2%.", S),
        ("Sales in Germany jumped 17%, though the German business still loses money.", S),
        ("Klusmeer opened nine stores in Germany last year.", S),
        ("Heavier discounts on garden furniture cut the gross margin to 36.9% from 37.6%.", S),
        ("Sanne de Vries, the chief executive, said Klusmeer would open six more German stores next year.", S),
        ("Klusmeer has decided not to enter Austria for now, de Vries said.", S),
        ("Klusmeer gave no profit forecast.", S),
        ("The chain, owned by Brandwijk Capital, is the Netherlands' second-largest home-improvement retailer.", S),
        ("An analyst said the German stores were taking longer to mature than promised.", S),
        ("Klusmeer's sales for the first nine months of its fiscal year came to 3.27 billion euros.", S, (), AN),
        ("The gross margin fell by 0.7 percentage points.", S, (), AN),
        ("Klusmeer's sales for the first nine months of its fiscal year came to 3.17 billion euros.", FIG, (), AN),
        ("The gross margin fell by 1.7 percentage points.", FIG, (), AN),
        ("Klusmeer's sales reached 2.21 billion euros in the third quarter.", FIG),
        ("Klusmeer's German business is now profitable.", DIR),
        ("Klusmeer will open its first stores in Austria next year.", DIR),
        ("Klusmeer has opened six more stores in Germany.", DIR),
        ("Klusmeer forecast a higher profit for the year.", DIR),
        ("Brandwijk Capital is the Netherlands' second-largest home-improvement chain.", ACT),
        ("Klusmeer is the largest home-improvement chain in the Netherlands.", FIG),
        ("Belgium brought in 590 million euros in the quarter.", FIG),
        ("Sanne de Vries said the German stores were taking longer to mature than promised.", ACT),
        ("The gross margin fell because Klusmeer paid more to ship goods from Asia.", CAUSE),
        ("Klusmeer's results show that Dutch shoppers are spending less on their homes.", GEN),
        ("Brandwijk Capital plans to sell Klusmeer next year.", CLAIM),
        ("Klusmeer will open counters for Posta Lestria in its Dutch stores.", MERGE, ("ub06",)),
    ],
    "uo01": [
        ("Alan Tulley, a retired postman, won the Cleatby Crab Fair gurning championship for the eighth time.", S),
        ("Tulley, who is 66, removed his false teeth to compete.", S),
        ("Tulley saw off 23 other men in the final.", S),
        ("Margaret Ashby, a school cook, took the women's title for a third successive year.", S),
        ("Gurners pull faces through a braided horse collar called a braffin, and the crowd's applause picks the "
         "winner.", S),
        ("Thirty-one children entered the children's contest.", S),
        ("Nobody managed to climb the greased pole to the leg of lamb this year.", S),
        ("The fair dates back to 1267.", S),
        ("About 3,400 people came to the fair, 500 more than last year.", S),
        ("Peter Gill, the fair's chairman, said it had cost 28,000 pounds to stage and would break even.", S),
        ("There were 23 men in the final of the gurning championship.", FIG, (), AN),
        ("Margaret Ashby won the women's title for the eighth time.", FIG),
        ("Alan Tulley won the gurning title for the third year running.", FIG),
        ("A farmer from Cleatby climbed the greased pole and won the leg of lamb.", DIR),
        ("Attendance at the fair fell by 500 to about 3,400.", DIR),
        ("Peter Gill said the fair would lose money this year.", DIR),
        ("A panel of judges chose the winner of the gurning championship.", ACT),
        ("Tulley won because the crowd felt sorry for him after he lost his teeth.", CAUSE),
        ("The championship shows that old rural traditions are drawing younger crowds.", GEN),
        ("Next year's fair will be shown on television for the first time.", CLAIM),
        ("About 3,400 people attended the Cleatby Crab Fair, which dates back to 1627.", FIG),
    ],
    "uo02": [
        ("Sam Oduya, a 29-year-old bricklayer, won the world toe wrestling championship in Wetherdale.", S),
        ("Oduya beat Karl Pike, the 2023 champion, by two bouts to one in the final.", S),
        ("Toe wrestlers lock big toes and try to hold the opponent's foot against the side of a wooden frame, the "
         "toedium, for three seconds.", S),
        ("The players change feet after every bout, beginning with the right.", S),
        ("Nurse Hannah Rees won the women's title without losing a single bout.", S),
        ("Oduya trains by picking up marbles with his toes.", S),
        ("Oduya said he had lost in the semi-finals for three years running.", S),
        ("A referee checks the players' feet before each bout, and anyone with a foot infection is barred.", S),
        ("The Bentley Arms has held the contest since 1976, its landlord, Graham Moss, said.", S),
        ("The day raised 1,870 pounds for a local air ambulance.", S),
        ("Thirty-five more men than women took part.", FIG, (), AN),
        ("Karl Pike beat Sam Oduya in the final of the world toe wrestling championship.", ACT),
        ("Oduya won the final by three bouts to one.", FIG),
        ("Sixty-three men and 19 women took part.", FIG),
        ("Hannah Rees lost only one bout on her way to the women's title.", DIR),
        ("Players switch feet after each bout, starting with the left.", DIR),
        ("Graham Moss said the pub had held the contest since 1967.", FIG),
        ("Oduya won because Pike had a foot infection.", CAUSE),
        ("The championship shows that pub sports are enjoying a revival.", GEN),
        ("The championship will move to a bigger venue next year.", CLAIM),
        ("A referee barred Karl Pike from the final because of a foot infection.", CLAIM),
        ("Oduya said he had won the semi-finals three years in a row.", DIR),
    ],
    "uo03": [
        ("Nurses from Kelsey General Hospital won the Tarrow dragon boat festival, covering the 250-metre course in "
         "58.4 seconds in the final.", S),
        ("Thirty-two teams took part, six more than last year.", S),
        ("Each team had 20 paddlers, a drummer and a steerer.", S),
        ("The nurses, who started training only in June, beat the Tarrow Rowing Club's crew by 1.1 seconds.", S),
        ("The rowing club set the day's fastest time, 57.9 seconds, in a heat.", S),
        ("The boats are 12 metres long, each with a carved dragon's head at the front.", S),
        ("A local Buddhist monk painted the dragons' eyes before the racing to wake the boats.", S),
        ("The Tarrow Rotary Club, which organised the festival, said it raised 22,600 pounds for a hospice.", S),
        ("All 22 people on board were pulled from the water unhurt after a boat capsized in the third heat.", S),
        ("Next year the festival will switch to a longer course of 500 metres.", S),
        ("The rowing club's crew finished the final in 59.5 seconds.", S, (), AN),
        ("The rowing club's fastest heat time was half a second quicker than the nurses' winning time.", S, (), AN),
        ("The rowing club's crew finished the final in 57.3 seconds.", FIG, (), AN),
        ("Thirty-eight teams took part last year.", FIG, (), AN),
        ("The Tarrow Rowing Club won the dragon boat festival.", ACT),
        ("The nurses set the fastest time of the day, 57.9 seconds.", ACT),
        ("Two paddlers were taken to hospital after a boat capsized in the third heat.", DIR),
        ("The festival will move to a shorter course next year.", DIR),
        ("Thirty-two teams took part, six fewer than last year.", DIR),
        ("The nurses won because the rowing club's drummer fell ill.", CAUSE),
        ("The festival's growth shows that dragon boat racing is becoming a mainstream sport.", GEN),
        ("The festival raised 26,200 pounds for a hospice.", FIG),
        ("The nurses have been training together since 2019.", FIG),
        ("The Rotary Club plans to hold a second festival in the spring.", CLAIM),
    ],
    "uo04": [
        ("Leah Tordoff, a primary school teacher from Brennan Bay, won the national air guitar championship in "
         "Sheffield.", S),
        ("Tordoff scored 17.6 points out of a possible 18 in the final.", S),
        ("Competitors play for 60 seconds with no instrument.", S),
        ("Three judges give each performer between 4 and 6 points for technical skill, stage presence and airness.",
         S),
        ("Tordoff, who is 34 and came second last year, beat 11 other finalists.", S),
        ("A software engineer who performs as Fret Astaire came second with 16.9 points.", S),
        ("Tordoff will compete at the world championship in Oulu, Finland, in August.", S),
        ("The organisers will pay for Tordoff's travel to Finland but not for her hotel.", S),
        ("About 600 tickets were sold, and the contest was streamed online for the first time.", S),
        ("Tordoff said her pupils did not know about her hobby yet.", S),
        ("Tordoff beat Fret Astaire by 0.7 points.", S, (), AN),
        ("Tordoff beat Fret Astaire by 1.7 points.", FIG, (), AN),
        ("Fret Astaire won the national air guitar championship.", ACT),
        ("Tordoff won the national championship for the second year running.", CLAIM),
        ("The organisers will pay for Tordoff's hotel in Oulu.", DIR),
        ("Players perform for 90 seconds without an instrument.", FIG),
        ("Tordoff said her pupils had cheered her on in the final.", DIR),
        ("Tordoff won because the judges gave extra points for her choice of song.", CAUSE),
        ("The championship shows that air guitar is becoming a serious art form.", GEN),
        ("The contest was broadcast on national television.", CLAIM),
        ("Tordoff scored 16.9 points out of 18 in the final.", FIG),
    ],
    "uo05": [
        ("Lina Bachmann, 12, won the junior yodelling contest at the Sankt Arnau alpine festival.", S),
        ("She is the youngest winner in the contest's 48 years.", S),
        ("Bachmann sang a natural yodel, which has no words, for a panel of five judges.", S),
        ("The festival's contests, held in a cattle shed on the valley floor, drew 91 yodellers.", S),
        ("Dairy farmer Franz Egli, 54, won the adult title for a second time.", S),
        ("The group prize went to a choir of 38 yodellers from the Ruschtal.", S),
        ("There were 17 entries in the alphorn contest.", S),
        ("About 5,200 people visited over the two days, roughly the same as last year.", S),
        ("Rain on Sunday cut food sales, and the festival lost about 8,000 francs.", S),
        ("Bachmann was taught to yodel by her grandmother, who won the junior title herself in 1979.", S),
        ("Franz Egli won the junior yodelling contest at the Sankt Arnau festival.", ACT),
        ("Bachmann's grandmother won the same junior title in 1997.", FIG),
        ("The festival made a profit of about 8,000 francs.", DIR),
        ("About 5,200 people visited, twice as many as last year.", FIG),
        ("A choir of 83 yodellers from the Ruschtal won the group prize.", FIG),
        ("Bachmann sang a traditional song with words about the mountains.", DIR),
        ("Franz Egli won the adult title for the first time.", FIG),
        ("The festival lost money because fewer visitors came than last year.", CAUSE),
        ("Bachmann's win shows that yodelling is attracting a new generation.", GEN),
        ("The festival will move to a new hall next year.", CLAIM),
    ],
    "uo06": [
        ("Two carvers from Harbin won the Vestrum winter festival's ice sculpture contest with a 3-metre heron.", S),
        ("The heron was made from 15 blocks of ice.", S),
        ("The 14 teams were given 48 hours to finish, in temperatures as low as minus 19 degrees.", S),
        ("The blocks, cut from the frozen Lake Vest, weighed about 130 kilograms each.", S),
        ("A Quebec team came second with a bear catching a salmon.", S),
        ("A Swedish team was disqualified because one of its carvers used an unapproved power tool.", S),
        ("The judges called the heron's 9-centimetre neck an act of faith.", S),
        ("The sculptures will remain on show in the town square until they melt, usually in March.", S),
        ("About 40,000 visitors are expected, and the town has laid on extra buses from the station.", S),
        ("Each team was given about 1,300 kilograms of ice.", FIG, (), AN),
        ("A Swedish team won the contest with a 3-metre heron.", ACT),
        ("The Quebec team was disqualified for using an unapproved power tool.", ACT),
        ("The teams had 24 hours to finish their sculptures.", FIG),
        ("The sculptures will be taken down at the end of the festival.", DIR),
        ("The heron's neck was 90 centimetres thick.", FIG),
        ("The Harbin pair won because their heron was the only sculpture still standing after a thaw.", CAUSE),
        ("The contest shows that ice sculpture is becoming big business for winter resorts.", GEN),
        ("The organisers expect fewer visitors than last year.", CLAIM),
        ("The town has put on extra trains from the capital for visitors.", CLAIM),
    ],
    "uo07": [
        ("Ron and Elsie Carver, a father and daughter, won the Pellham Harbour bathtub race in a tub made up as a "
         "lobster.", S),
        ("They paddled the 1.6-kilometre course around the harbour in 21 minutes 14 seconds.", S),
        ("Of the 27 tubs that started, 19 finished.", S),
        ("Four tubs sank and four more were towed back when their crews gave up.", S),
        ("Every craft has to be built around a real bathtub and can only be paddled.", S),
        ("The Carvers came third last year.", S),
        ("The winners were well outside the course record of 18 minutes 52 seconds.", S),
        ("A lifeboat crew pulled two paddlers from the water, and neither was hurt.", S),
        ("The race raised 4,300 pounds for the harbour's lifeboat station.", S),
        ("A team of teachers dressed as pirates won the prize for the best-decorated tub.", S),
        ("The winners were 2 minutes 22 seconds slower than the course record.", S, (), AN),
        ("The winners were 3 minutes 22 seconds slower than the course record.", FIG, (), AN),
        ("Ron and Elsie Carver set a course record of 21 minutes 14 seconds.", DIR),
        ("Nineteen tubs sank during the race.", FIG),
        ("The Carvers won the race for the third year running.", FIG),
        ("A team of teachers dressed as pirates won the bathtub race.", ACT),
        ("Tubs with outboard motors were allowed in the race for the first time.", DIR),
        ("Two paddlers were taken to hospital after being pulled from the water.", DIR),
        ("The race raised 4,300 pounds for a children's hospice.", ACT),
        ("Four tubs sank because the harbour was hit by a storm.", CAUSE),
        ("The race shows that seaside towns are finding new ways to pay for their lifeboats.", GEN),
        ("Next year's race will be held on a longer course.", CLAIM),
    ],
}

BODIES = [
    ("ub01", "https://www.provencemarkets.example/castellane-q3-segments", "Provence Markets",
     "Castellane Chimie's adhesives lift third-quarter sales as crop protection slips",
     "Castellane Chimie, the Marseille-based maker of specialty chemicals, said on Tuesday that its third-quarter "
     "revenue rose 5% to 1.92 billion euros. Coatings brought in 840 million euros, adhesives 610 million and crop "
     "protection 470 million. Adhesives sales grew 9%, helped by demand from battery makers, while crop protection "
     "fell 7% after a wet spring in northern Europe cut spraying. The group's EBITDA margin rose to 17.4% from 16.1%. "
     "Castellane now expects full-year revenue of about 7.6 billion euros, at the top of its earlier range of 7.3 "
     "billion to 7.6 billion. It did not change its dividend policy. Chief executive Marc Ollivier said the group "
     "planned to sell its pool-chemicals business, which had revenue of about 150 million euros last year, by the "
     "middle of next year. He declined to say whether any buyers had come forward. The company has agreed to buy a "
     "resin plant in Tarragona from Quimera Polimeros for 95 million euros. Shares in Castellane fell 2.4% in Paris; "
     "one trader said investors had hoped for a higher forecast."),
    ("ub02", "https://www.liffeybanker.example/dunvale-third-quarter", "Liffey Banker",
     "Dunvale Bank's quarterly profit dips as rate cuts squeeze interest income",
     "Dunvale Bank, Ireland's third-largest lender by assets, made a pre-tax profit of 286 million euros in the third "
     "quarter, down from 301 million a year earlier. Its profit for the first nine months was 874 million euros, "
     "against 842 million in the same period last year. Net interest income fell 4% to 512 million euros as the "
     "European Central Bank's rate cuts fed through to loan pricing, but fee income rose 8% to 131 million. The "
     "bank's cost-to-income ratio rose to 48.5% from 46.9%. Dunvale plans to pay a special dividend of up to 250 "
     "million euros in the spring, subject to the regulator's approval. Chief financial officer Aoife Brannigan said "
     "mortgage lending was running ahead of the bank's target. She declined to comment on a report that the bank was "
     "in talks to buy Carrigbeg Finance, a car lender. Dunvale did not change its forecast for the full year. \"They "
     "are squeezing more out of fees than we expected,\" said an analyst at a Dublin stockbroker, who asked not to be "
     "named. The lender's shares rose 1.2%."),
    ("ub03", "https://www.vellmarkdagblad.example/city-budget-2027", "Vellmark Dagblad",
     "Vellmark approves 3.42 billion kronor budget and first property tax rise since 2019",
     "Vellmark's city council approved a budget of 3.42 billion kronor for 2027 on Monday, 4% more than this year, by "
     "41 votes to 30. Schools will get 1.38 billion kronor, social care 1.05 billion and transport 460 million; the "
     "rest goes to housing, culture and administration. The city will raise its property tax rate to 0.62% from "
     "0.58%, the first rise since 2019, which is expected to bring in about 70 million kronor more a year. Finance "
     "councillor Lena Strand said the city would borrow up to 400 million kronor to pay for two new schools, which are "
     "due to open in 2029. The council did not approve a proposal from the Centre Party to extend the tram line to "
     "Norrby, which would have cost around 900 million kronor; Strand said it would be looked at again in 2028. The "
     "budget also includes a hiring freeze in the city's administration. The Centre Party voted against the budget. "
     "\"We are asking homeowners to pay more while the tram waits,\" its leader, Johan Ekdal, said."),
    ("ub04", "https://www.waferweekly.example/ostrander-fiscal-q4", "Wafer Weekly",
     "Ostrander's quarterly sales jump 18% but its forecast disappoints",
     "Ostrander Instruments, a maker of wafer-inspection machines, reported revenue of 1.37 billion dollars for its "
     "fiscal fourth quarter, which ended on 30 September, up 18% from a year earlier. Sales to China came to 520 "
     "million dollars, to Taiwan 410 million and to South Korea 230 million; the rest came from the United States, "
     "Europe and Japan. For the fiscal year, revenue was 4.96 billion dollars. The Portland company's gross margin "
     "was 49.1%, against 51.0% a year earlier, which it blamed on the cost of opening a second plant in Malaysia. "
     "Ostrander expects revenue of between 1.25 billion and 1.35 billion dollars in the current quarter, below the "
     "1.41 billion analysts had expected. Chief executive Dana Whitlock said orders from memory-chip makers had "
     "\"turned a corner\". Ostrander will also buy back up to 1 billion dollars of its shares over two years. "
     "It did not say whether new American export rules would affect its sales to China. Ostrander is the "
     "third-largest maker of inspection equipment, behind Kelton and Sarova. Its shares fell 6% in after-hours "
     "trading."),
    ("ub05", "https://www.nordicdealbook.example/dravik-lift-sale", "Nordic Dealbook",
     "Dravik agrees to sell its forklift unit to Hallam Partners for 2.3 billion euros",
     "Dravik Industries, the Swedish engineering group, has agreed to sell its forklift business, Dravik Lift, to the "
     "private equity firm Hallam Partners for 2.3 billion euros including debt. The unit, which makes warehouse trucks "
     "in Sweden and Poland, had sales of 1.1 billion euros last year and employs 4,800 people. Its parent said it "
     "would use about 1.2 billion euros of the proceeds to cut its debt and return the rest to shareholders through a "
     "share buyback. Completion is expected in the second quarter of next year, once competition authorities "
     "in the EU and Turkey have approved it. Dravik's chief executive, Ingrid Valen, said the group would now focus "
     "on mining equipment and compressors. \"The forklift unit is a good business, but it needs an owner that can "
     "spend on it,\" she said. Hallam declined to comment on its plans for the Polish plant. A person familiar with "
     "the talks said a rival offer from Corlith Capital had been about 200 million euros lower. Dravik's shares rose "
     "5.2% in Stockholm."),
    ("ub06", "https://www.lestriantimes.example/posta-lestria-first-half", "Lestrian Times",
     "Posta Lestria returns to profit as parcels make up for fewer letters",
     "Lestria's state-owned postal company, Posta Lestria, made an operating profit of 94 million euros in the first "
     "half of the year, against a loss of 12 million a year before. Revenue rose 6% to 1.48 billion euros. Parcels "
     "brought in 690 million euros, up 14%, letters 520 million, down 5%, and its bank, PostaBanca, 270 million. In "
     "the second quarter alone, operating profit was 61 million euros. The number of letters it delivered fell 9% to "
     "410 million. The company plans to close about 120 of its 1,900 post offices next year and move their services "
     "into shops, but chief executive Teodor Marin said no postal workers would lose their jobs. The government, "
     "which owns all of the company, did not approve its request to raise the price of a standard stamp to 1.40 "
     "euros from 1.20; the price will rise to 1.30 euros in March instead. Marin declined to say whether the company "
     "would pay a dividend for the year. The postal workers' union called the closures \"a slow retreat from the "
     "villages\"."),
    ("ub07", "https://www.heatingtrade.example/torvane-third-largest", "Heating Trade Journal",
     "Torvane overtakes Helmquist as Europe's third-largest heat pump supplier",
     "Torvane, the Danish heat pump maker, sold 182,000 units between January and September, overtaking "
     "Helmquist to become Europe's third-largest supplier, according to the industry group EHPI. Vaillo and Norrsken "
     "remain first and second. Torvane's market share rose to 9.4% from 7.8% a year earlier. Germany took 71,000 of "
     "its heat pumps, France 48,000 and the Netherlands 26,000. The company plans to open an assembly plant in Poland "
     "in 2028, at a cost of between 120 million and 150 million euros, which would lift its capacity to as many as "
     "320,000 units a year from 230,000. Chief operating officer Mads Kjeldsen said it had not yet chosen a site. "
     "Torvane has agreed to supply 15,000 heat pumps to the Dutch housing association Woonwel over three years. It "
     "did not bid for a large French social-housing contract last month, saying the margins were too thin. \"We would "
     "rather grow more slowly than buy market share,\" Kjeldsen said. Helmquist said its own sales had been hurt by a "
     "product recall in the spring."),
    ("ub08", "https://www.sarranonotizie.example/ring-road-tolls", "Sarrano Notizie",
     "Regulator lets Via Sarrana raise ring road toll to 4.50 euros, less than it asked",
     "The operator of the Sarrano ring road will raise the toll for a car to 4.50 euros from 4.10 euros on 1 January, "
     "after the regional transport regulator approved the increase on Thursday. The toll for lorries will go up to "
     "11.80 euros from 10.90. Via Sarrana, which runs the 64-kilometre road under a concession that ends in 2041, had "
     "asked for a rise to 4.70 euros. The company expects the new tolls to bring in about 38 million euros more next "
     "year. Traffic on the road averaged 212,000 vehicles a day from January to October, 3% more than a "
     "year earlier but still below the 224,000 of 2019. The regulator also told the company to spend 85 million euros "
     "on noise barriers by 2030. Via Sarrana has agreed to widen a 9-kilometre section near the airport, work that is "
     "due to start in 2027. It did not say how it would pay for it. A spokesman for the motorists' association ACS "
     "said drivers would pay \"more for the same traffic jams\". The regional government owns 30% of the company."),
    ("ub09", "https://www.northcloudreport.example/sarnia-ai-capex", "North Cloud Report",
     "Sarnia Cloud to double AI spending next year as margin narrows",
     "Sarnia Cloud, the Toronto-based software company, said it would spend between 900 million and 1.1 billion "
     "Canadian dollars on AI computing capacity next year, roughly twice the 520 million it expects to spend this "
     "year. Its revenue rose 23% to 684 million Canadian dollars in the third quarter, of which subscriptions made up "
     "598 million and services the rest. Chief financial officer Ravi Mehta said about 40% of the spending would go "
     "on chips and the rest on buildings, power and networking. Sarnia will fund the programme from cash and a credit "
     "line of up to 600 million dollars that it agreed with four banks last week. It has not yet signed leases for "
     "the two data centres it plans to open in Quebec. Its largest customer, a Canadian bank it did not name, "
     "accounted for 11% of revenue. The company declined to comment on a report that it had held talks with a chip "
     "supplier about a long-term supply deal. Sarnia's operating margin fell to 14.2% from 18.5% as it hired more "
     "engineers. The shares fell 7.3% in Toronto."),
    ("ub10", "https://www.retailbenelux.example/klusmeer-third-quarter", "Retail Benelux",
     "Klusmeer's German stores lift quarterly sales, but discounts cut its margin",
     "Klusmeer, the Utrecht-based home-improvement chain, said sales rose 3.8% to 1.06 billion euros in its third "
     "quarter, which ended in October. The Netherlands brought in 590 million euros, Belgium 310 million and Germany "
     "160 million. Like-for-like sales, which leave out new stores, rose 1.2%. In Germany, where it opened nine stores "
     "last year, sales jumped 17%, but the business is still losing money. For the first half of its fiscal year, "
     "which ended in July, the company had reported sales of 2.21 billion euros. The gross margin fell to 36.9% from "
     "37.6% because of heavier discounts on garden furniture. Chief executive Sanne de Vries said the company would "
     "open six more stores in Germany next year but had decided not to enter Austria for now. It did not give a "
     "profit forecast. Klusmeer, which is owned by the investment firm Brandwijk Capital, is the second-largest "
     "home-improvement chain in the Netherlands. An analyst who asked not to be named said the German stores were "
     "\"taking longer to mature than promised\"."),
    ("uo01", "https://www.cumbrianlines.example/cleatby-gurning", "Cumbrian Lines",
     "Retired postman wins Cleatby gurning title for the eighth time",
     "Retired postman Alan Tulley won the gurning championship at the Cleatby Crab Fair on Saturday, pulling faces "
     "through a horse collar to take the title for the eighth time. Tulley, 66, who took out his false teeth for the "
     "contest, beat 23 other men in the final. The women's title went to Margaret Ashby, a school cook, who won for "
     "the third year running. Competitors put their heads through a braided horse collar, known as a braffin, and the "
     "winner is chosen by the applause of the crowd. The children's contest had 31 entrants. The fair, which dates "
     "back to 1267, also includes a climb up a greased pole to reach a leg of lamb at the top, which nobody managed "
     "this year. About 3,400 people attended, 500 more than last year, the organisers said. The fair's chairman, "
     "Peter Gill, said the event had cost 28,000 pounds to stage and would break even."),
    ("uo02", "https://www.daleswhisper.example/wetherdale-toe-wrestling", "Dales Whisper",
     "Bricklayer beats former champion to win world toe wrestling title",
     "A 29-year-old bricklayer, Sam Oduya, won the world toe wrestling championship at the Bentley Arms in Wetherdale "
     "on Saturday, beating the 2023 champion, Karl Pike, by two bouts to one in the final. In toe wrestling, two "
     "players lock big toes and try to pin the other's foot to the side of a small wooden frame, called a toedium, "
     "for three seconds. Players switch feet after each bout, starting with the right. Forty-four men and 19 women "
     "took part. The women's title went to Hannah Rees, a nurse, who did not lose a bout all day. Oduya, who trains by "
     "picking up marbles with his toes, said he had lost in the semi-finals three years in a row. Before each bout, a "
     "referee checks the players' feet, and anyone with a foot infection is barred. The landlord, Graham Moss, said "
     "the pub had held the contest since 1976 and that the day raised 1,870 pounds for a local air ambulance."),
    ("uo03", "https://www.averneadvertiser.example/tarrow-dragon-boats", "Averne Advertiser",
     "Hospital nurses win Tarrow dragon boat festival in first year of racing",
     "A crew of nurses from Kelsey General Hospital won the Tarrow dragon boat festival on Sunday, covering the "
     "250-metre course on the River Averne in 58.4 seconds in the final. Thirty-two teams of 20 paddlers, a drummer "
     "and a steerer took part, six more than last year. The nurses, who only began training in June, beat a team from "
     "the Tarrow Rowing Club by 1.1 seconds. The fastest time of the day, 57.9 seconds, was set by the rowing club in "
     "a heat. Each boat is 12 metres long and has a carved dragon's head at the bow. Before the racing, a local "
     "Buddhist monk painted the eyes of each dragon to wake the boats. The organisers, the Tarrow Rotary Club, said "
     "the festival raised 22,600 pounds for a hospice. A boat capsized in the third heat, but all 22 people on board "
     "were pulled from the water unhurt. The event will move to a longer 500-metre course next year."),
    ("uo04", "https://www.northernstage.example/air-guitar-final", "Northern Stage",
     "Teacher Leah Tordoff wins national air guitar championship",
     "A primary school teacher from Brennan Bay, Leah Tordoff, won the national air guitar championship in Sheffield "
     "on Friday, scoring 17.6 points out of 18 in the final with a routine to a 1970s rock song. Players perform for "
     "60 seconds without an instrument and are marked by three judges, each giving between 4 and 6 points for "
     "technical skill, stage presence and what the rules call airness. Tordoff, 34, who was runner-up last year, beat "
     "11 other finalists. Second place went to a software engineer who performs as Fret Astaire, with 16.9 points. "
     "Tordoff will compete for Britain at the world championship in Oulu, Finland, in August; the organisers "
     "will pay for her travel but not her hotel. About 600 people bought tickets, the organisers said, and the contest "
     "was streamed online for the first time. Tordoff said her pupils did not yet know about her hobby. \"They will "
     "now,\" she said."),
    ("uo05", "https://www.alpenbote.example/sankt-arnau-yodelling", "Alpenbote",
     "Twelve-year-old is youngest winner of Sankt Arnau yodelling contest",
     "Twelve-year-old Lina Bachmann won the junior yodelling contest at the Sankt Arnau alpine festival on Saturday, "
     "the youngest winner in its 48-year history. She sang a natural yodel, a song without words, and was marked by "
     "a panel of five judges. Ninety-one yodellers entered the festival's contests, which are held in a cattle shed on "
     "the valley floor. The adult title went to a 54-year-old dairy farmer, Franz Egli, who won it for the second "
     "time. A choir of 38 yodellers from the Ruschtal won the group prize. The festival also includes an alphorn "
     "contest, which had 17 entries. The organisers said about 5,200 visitors came over the two days, about as many "
     "as last year, but the festival lost about 8,000 francs because it rained on Sunday and food sales were lower. "
     "Bachmann's grandmother, who taught her to yodel, won the same junior title in 1979."),
    ("uo06", "https://www.vestrumposten.example/ice-sculpture-contest", "Vestrum Posten",
     "Harbin pair win Vestrum ice sculpture contest with a 3-metre heron",
     "A team of two carvers from Harbin won the ice sculpture contest at the Vestrum winter festival on Saturday with "
     "a 3-metre heron carved from 15 blocks of ice. The 14 teams had 48 hours to finish their sculptures in "
     "temperatures that fell to minus 19 degrees. Each team was given 15 blocks weighing about 130 kilograms each, cut "
     "from the frozen Lake Vest. The runners-up, a team from Quebec, carved a bear catching a salmon. A Swedish team "
     "was disqualified after one of its carvers used a power tool that had not been approved. The judges said the "
     "heron's neck, which was only 9 centimetres thick, had been \"an act of faith\". The sculptures will stay on show "
     "in the town square until they melt, which usually happens in March. The organisers expect about 40,000 "
     "visitors, and the town has put on extra buses from the railway station."),
    ("uo07", "https://www.pellhamtide.example/bathtub-race", "Pellham Tide",
     "Father and daughter in lobster tub win Pellham Harbour bathtub race",
     "A father and daughter in a bathtub made up as a lobster won the Pellham Harbour bathtub race on Sunday, "
     "paddling the 1.6-kilometre course around the harbour in 21 minutes 14 seconds. Twenty-seven tubs started the "
     "race but only 19 finished; four sank and four were towed back after their crews gave up. Each craft must be "
     "built around a real bathtub and may only be paddled. The winners, Ron and Elsie Carver, had come third last "
     "year. The course record, 18 minutes 52 seconds, was never in danger. A lifeboat crew stood by and pulled two "
     "paddlers from the water, neither of them hurt. The race raised 4,300 pounds for the harbour's lifeboat station. "
     "Prizes were also given for the best-decorated tub, which went to a team of teachers dressed as pirates, and for "
     "the last tub to finish, which took 49 minutes."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]

CONTENT_FREE: list[tuple[str, str]] = [
    ("ub01", "Read the full results here."),
    ("ub02", "Listen to this article."),
    ("ub03", "Photo gallery: the day in pictures."),
    ("ub04", "Ostrander Instruments: the numbers."),
    ("ub05", "Related: more from our markets desk."),
    ("ub06", "Posta Lestria, in brief."),
    ("ub07", "Filed under: heat pumps."),
    ("ub08", "Next article."),
    ("uo01", "Gurning."),
    ("uo03", "Dragon boats."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (ports 8591-8593, one thread each, --n_ctx 8192), json_object, prompt
# version llm-3, date 2026-12-08, --timeout 450, machine at load 21-34. eval19-smollm2_raw.jsonl holds four editions in
# this order (call numbers restart in each; times UTC): 1 ub01-ub05 + uo01 (16 calls, 05:28-06:19), 2 ub06-ub10 + uo02
# (18 calls, 05:28-06:18) and 3 uo03-uo07 + ub03 + ub09 (4 calls, 05:28-05:52), these three started together; 4 ub10 +
# ub01 + ub04 + uo04 (5 calls, 05:56-06:11), on edition 3's server after it ended. Editions 3 and 4 ran with the
# writer's default streamed requests, the others with TOPLINE_LLM_STREAM=false. Editions 2, 3 and 4 ran to their end;
# edition 1 was stopped at 06:19 (the collection's cut-off; SIGTERM to the collector's own process) with its call 17
# in flight, which is not recorded. The first call of editions 2 and 3 (story, ub09, the same request) got no answer
# within 450 s ("LLMFailure: timeout: no answer within the deadline of 450 s", recorded with no answer). 43 calls were
# recorded (25 story, 13 repair, 5 signals), 41 of them answered; the servers logged 42 POSTs, all 200 (edition 3's
# streamed call 1 among them, then "Disconnected from client"; edition 2's timed-out call 1 was never logged, and
# edition 1's call 17 was logged by no server before the cut-off). Edition 4's calls 1-4 answered word for word as
# edition 1's calls 5-8 (same prompts, one streamed, the other not). Only ub01-ub09 were shown to the model (ub10
# and the seven uo articles never were). A sentence is listed once, at its first answer (in the
# order of the editions); repeats, near-repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, ub05)
    ("ub05", "The company has agreed to sell its forklift business to Hallam Partners for 2.3 billion euros, including "
             "debt.", S),
    ("ub05", "...", CF),
    # edition 1, call 2 (repair, ub05)
    ("ub05", "The unit, which makes warehouse trucks in Sweden and Poland, has sales of 1.1 billion euros last year and "
             "employs 4,800 people.", S),
    # edition 1, call 3 (story, ub02; its cites a list of some 40 invented bank names); call 4 (story, ub02): the same
    # sentence, with another list of invented banks as cites
    ("ub02", "The bank's net interest income fell 4% to 512 million euros as the European Central Bank cut its rate of "
             "interest payments.", S),
    # edition 1, call 5 (story, ub04)
    # left out the placeholder
    ("ub04", "Ostrander's quarterly sales jump 18% but its forecast disappoints.", S),
    # edition 1, call 6 (repair, ub04)
    ("ub04", "Sales to China came to 520 million dollars, to Taiwan 410 million and South Korea 230 million; the rest "
             "came from the United States Europe and Japan.", S),
    # edition 1, call 7 (story, ub01)
    # left out the placeholder
    ("ub01", "Castellane Chimie, the Marseille-based maker of specialty chemicals, said on Tuesday that its "
             "third-quarter revenue rose 5% to 1.92 billion euros.", S),
    # edition 1, call 8 (repair, ub01)
    ("ub01", "Coatings brought in 840 million euros, adhesives 610 million and crop protection 470 million.", S),
    # edition 1, call 9 (story, ub03)
    # left out the placeholder
    ("ub03", "Vellmark approves 3.42 billion kronor budget and first property tax rise since 2019", S),
    # edition 1, call 10 (repair, ub03)
    ("ub03", "The city will raise its property tax rate to 0.62% from 0.58%, the first rise since 2019, which is "
             "expected to bring in about 70 million kronor more a year.", S),
    # edition 1, call 11 (signals, ub01-ub05)
    # left out a repeat of call 1's first sentence and the placeholder
    ("ub05", "Dravik agrees to sell its forklift unit to Hallam Partners for 2.3 billion euros", S),
    ("ub02", "Dunvale Bank's quarterly profit dips as rate cuts squeeze interest income.", S),
    # edition 1, call 12 (story, ub03)
    # left out a near-repeat of call 10's sentence ('more' dropped)
    ("ub03", "The budget also includes a hiring freeze in the city's administration.", S),
    ("ub03", "Finance councillor Lena Strand said the city would borrow up to 400 million kronor to pay for two new "
             "schools.", S),
    ("ub03", "The rest goes to housing, culture and administration.", S),
    # edition 1, call 13 (story, ub05)
    # left out near-repeats of its first sentence ('This is' for 'The forklift is') and of call 1's first sentence
    # ('the' for 'its', a comma dropped)
    ("ub05", "The forklift is a key part of the Hallam's new transportation system, which will be used by the company to "
             "transport goods and people across Europe.", CLAIM),
    ("ub05", "This agreement was made in 2019.", FIG),
    ("ub05", "The company will now focus on mining equipment and compressors.", S),
    # edition 1, call 14 (story, ub02)
    # left out a near-repeat of its first sentence ('Ireland's third-largest lender by assets' and the year-earlier
    # figure dropped)
    ("ub02", "Dunvale Bank, Ireland's third-largest lender by assets, made a pre-tax profit of 286 million euros in the "
             "third quarter, down from 301 million a year earlier.", S),
    ("ub02", "Net interest income fell to 512 million euros as the European Central Bank's rate cuts fed through to loan "
             "pricing, but fee income rose 8% to 131 million.", S),
    ("ub02", "Dunvale plans to pay a special dividend of up to 250 million euros in the spring.", S),
    ("ub02", "Dinner is now free for 4th of July.", CLAIM),
    ("ub02", "The bank's cost-to-income ratio rose from 36% to 48.5%, while fee income increased by 17%.", FIG),
    ("ub02", "The regulator approved a special dividend of up to 20 million euros in June, but the bank plans to pay it "
             "later this year.", FIG),
    # edition 1, call 15 (story, ub02): repeats of call 14's second, fifth, sixth and seventh sentences, a near-repeat
    # of its first ('down from 301 million a year earlier' dropped, left out), and
    ("ub02", "Dunvale plans to pay a special dividend of up to 20 million euros in June.", FIG),
    ("ub02", "Dunvale plans to pay a", CF),
    # edition 1, call 16 (repair, ub02): a near-repeat of call 14's third sentence (', subject to the regulator's
    # approval' added), left out; call 17 was in flight when the collection was stopped at 06:19 (not recorded)
    # edition 2, call 1 (story, ub09): failed, "LLMFailure: timeout: no answer within the deadline of 450 s"
    # edition 2, call 2 (story, ub06)
    # left out the placeholder
    ("ub06", "The data shows that PostaLestria has been the largest recipient of letters since 2018.", CLAIM),
    # edition 2, call 3 (repair, ub06)
    ("ub06", "In the second quarter alone, operating profit was 61 million euros.", S),
    ("ub06", "The number of letters it delivered fell 9% to 410 million.", S),
    # edition 2, call 4 (story, ub08)
    # left out the placeholder
    ("ub08", "The operator of the Sarrano ring road will raise the toll for a car to 4.50 euros from 1 January, after "
             "the regional transport regulator approved the increase on Thursday.", S),
    ("ub08", "The company expects the new tolls to bring in about 38 million euros more next year.", S),
    # edition 2, call 5 (repair, ub08)
    ("ub08", "Via Sarrana, which runs the 64-kilometre road under a concession that ends in 2041 has asked for a rise to "
             "4.70 euros.", S),
    # edition 2, call 6 (story, ub07)
    # left out the placeholder
    ("ub07", "Torvane, the Danish heat pump maker, sold 182,000 units between January and September.", S),
    # edition 2, call 7 (repair, ub07)
    ("ub07", "Torvane has agreed to supply 15,000 heat pumps to the Dutch housing association Woonwel over three "
             "years.", S),
    # edition 2, call 8 (signals, ub06-ub09)
    ("ub09", "Sarnia Cloud to double AI spending next year as margin narrows", S),
    ("ub06", "Lestrian Times reports that the number of letters it delivered fell 9% to 1.50 euros.", FIG),
    # edition 2, call 9 (story, ub07)
    # left out a near-repeat of its first sentence ('the' dropped) and 'Germany took 71,000 of its heat pumps to
    # Europe.': what "to Europe" adds is unclear; ambiguous against the article
    ("ub07", "The data is a report of the facts that have been revealed by the company, which has made a significant "
             "impact on the world.", GEN),
    ("ub07", "The report will be published in 2024 and will include the following information:", CLAIM),
    # edition 2, call 10 (story, ub07): the same sentences as call 9
    # edition 2, call 11 (story, ub08): a repeat of call 4's first sentence, the placeholder, and
    ("ub08", "The new tolls will bring in about 38 million euros more next year.", S),
    # edition 2, call 12 (story, ub06)
    # left out the placeholder
    ("ub06", "Lestria's state-owned postal company, Posta Lestria, made an operating profit of 94 million euros in the "
             "first half of the year.", S),
    # edition 2, call 13 (repair, ub06)
    ("ub06", "Parcels brought in 690 million euros, up 14%, letters 520 million, down 5%", S),
    # edition 2, call 14 (story, ub09)
    # left out 'The rest is dedicated to building and networking.': the rest of what (after a sentence that gives
    # chips and power 40%) is unclear; ambiguous against the article
    ("ub09", "Sarnia Cloud, the Toronto-based software company, said it would spend between 900 million and 1.1 billion "
             "Canadian dollars on AI computing capacity next year, roughly twice the 520 million it expects to spend "
             "this year.", S),
    ("ub09", "The company will use up to 40% of its budget for chips and power, while cutting down on other areas.",
     CLAIM),
    ("ub09", "It plans to invest in a new chip that can handle the growing demand for AI, with 14.2% of its budget set "
             "aside for it.", FIG),
    # edition 2, call 15 (repair, ub09)
    ("ub09", "Sarnia will fund the programme from cash and a credit line of up to 60 million dollars that it agreed "
             "with four banks last week.", FIG),
    ("ub09", "This is a new development in the field of finance, as the government has announced plans for a new "
             "financial plan that will allow the government to invest more money into Sarnia's economy.", CLAIM),
    # edition 2, call 16 (signals, ub06-ub09)
    ("ub09", "The data center that makes up the majority of the data centers in Europe is a major player in the global "
             "market.", CLAIM),
    # edition 2, call 17 (story, ub08)
    # left out the placeholder
    ("ub08", "The operator of the Sarrano ring road will raise the toll for a car to 4.50 euros from 4.10 euros on 2 "
             "January.", FIG),
    # edition 2, call 18 (repair, ub08)
    # left out a near-repeat of call 4's first sentence ('from 4.10 euros on' added)
    ("ub08", "The toll for lorries will go up to 11.80 euros from 10.90.", S),
    # edition 3, call 1 (story, ub09): failed, "LLMFailure: timeout: no answer within the deadline of 450 s"
    # edition 3, call 2 (story, ub03): a repeat of edition 1's call 10, and
    # left out three near-repeats of its own sentences ('The rest of the money will go to...', 'The rest will go
    # to...', 'The city is going to borrow...')
    ("ub03", "The city will borrow up to 400 million kronor from the government.", CLAIM),
    ("ub03", "The rest goes to schools and culture.", CLAIM),
    ("ub03", "This is a budget for the new school, which will be opened in 2029.", CLAIM),
    # edition 3, call 3 (signals, ub03 + ub09): repeats of edition 2's call 8 title and of edition 1's call 10, and
    ("ub03", "Vellmark Dagblad approved a property tax increase of 400 million euros for North Cloud Report", ACT),
    # edition 3, call 4 (story, ub03): a repeat of edition 1's call 10, and
    # left out near-repeats of edition 1's call 12 ('This includes a hiring freeze...'; 'Finance councillor Lena
    # Strand said the city would borrow up to 400 million kronor.', its purpose dropped) and a repeat of that call
    ("ub03", "The city will borrow up to 400 million kronor for two new schools.", S),
    ("ub03", "This will be funded by the city's new school debt cap, which is expected to expire next year.", CLAIM),
    # edition 4, calls 1-4 (story and repair, ub04 and ub01): word for word edition 1's calls 5-8
    # edition 4, call 5 (signals, ub01 + ub04): repeats of edition 1's calls 5 and 8, and
    ("ub04", "The data shows that the third-quarter sales of Ostrander's products rose to 520 million euros, while the "
             "fourth quarter saw a drop in sales from 410 million euros.", FIG),
    ("ub04", "Wafer Weekly reports that sales to China came to 520 million dollars, to Taiwan 410 million and South "
             "Korea 230 million.", S),
    ("ub04", "The rest came from the United States, Europe and Japan.", S),
    ("ub01", "The data shows that the third quarter saw a drop in sales from 1.92 billion euros to 1.67 billion "
             "euros.", DIR),
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="p", split="evaluation19",
                                      raw_name="eval19-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval19", arts, rows, problems, (("business, public finance and tech articles", "ub"),
                                                ("others", "uo")))


if __name__ == "__main__":
    main()
