"""Build the second EVALUATION part of the claim-support set (issue 10): tests/data/support/eval2-articles.jsonl
and eval2-sentences.jsonl (run once; the output is frozen and committed BEFORE any change to the checker in that
round, and the checker was not run on it before the round's single evaluation run).

    python benchmarks/make_support_eval2.py

Every article and sentence here was written by hand for this file (new companies, places and facts; nothing from
the demo corpus, ../shared/data or the earlier parts). The articles have several actors per sentence, figures,
directions, quotes and dates. The sentences are faithful paraphrases of the kinds a writer produces (origin
"paraphrase": a lead sentence shortened, voice changed, clauses reordered, an attribution added "X reports that",
a figure restated as the source gives it, synonyms a model would use) and unsupported sentences written by hand
(origin "planted"): unsupported claims, wrong actors, wrong directions, wrong figures, invented causes, two
events merged (citing both articles), content-free sentences. Every row belongs to the split "evaluation2".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support_gen import (ACT, CAUSE, CF, CLAIM, DIR, FIG, MERGE, S, build, sentence_row,  # noqa: E402
                         write_jsonl)

# (id, url, source, title, body, [(sentence, error)])   error "none" = a faithful paraphrase (supported).
# A MERGE sentence cites this article and the NEXT one in the list (the last one: the first).
ARTICLES = [
    ("e01", "https://www.reuters.com/business/corvath-dalmere", "Reuters",
     "Corvath to buy Dalmere Freight for 1.8 billion euros",
     "Corvath Logistics agreed on Monday to buy Dalmere Freight from private equity firm Oakhurst Partners for 1.8 "
     "billion euros, beating a rival offer from Swiss group Pellin. The deal gives Corvath 140 warehouses across "
     "Germany and Poland. Corvath shares rose 4.2% in Frankfurt, while Pellin fell 1.1%. \"This makes us the largest "
     "contract logistics operator in central Europe,\" chief executive Marta Ilves said. The purchase is expected to "
     "close in the second quarter of 2027.",
     [("Corvath Logistics has agreed to buy Dalmere Freight from Oakhurst Partners for 1.8 billion euros.", S),
      ("Dalmere Freight is being bought by Corvath Logistics for 1.8 billion euros, beating a rival bid from "
       "Pellin.", S),
      ("Reuters reports that Corvath shares rose 4.2% in Frankfurt while Pellin fell 1.1%.", S),
      ("Chief executive Marta Ilves said the deal makes Corvath \"the largest contract logistics operator in "
       "central Europe\".", S),
      ("The purchase, which gives Corvath 140 warehouses across Germany and Poland, is expected to close in the "
       "second quarter of 2027.", S),
      ("Pellin agreed to buy Dalmere Freight from Oakhurst Partners for 1.8 billion euros.", ACT),
      ("Corvath shares fell 4.2% in Frankfurt after the deal was announced.", DIR),
      ("The deal gives Corvath 410 warehouses across Germany and Poland.", FIG),
      ("Oakhurst Partners sold Dalmere Freight because its fund was due to be wound up.", CAUSE),
      ("Corvath plans to close some of Dalmere's warehouses in Poland.", CLAIM),
      ("Corvath Logistics agreed to buy Dalmere Freight for 1.8 billion euros, while Estmark's central bank cut "
       "its benchmark rate to 3.75%.", MERGE),
      ("Marta Ilves said the deal would create 500 jobs in Poland.", CLAIM),
      ("Further details are yet to be confirmed.", CF)]),
    ("e02", "https://www.bloomberg.com/news/estmark-rate-cut", "Bloomberg",
     "Estmark central bank cuts rates for first time since 2024",
     "Estmark's central bank cut its benchmark lending rate by 25 basis points to 3.75% on Wednesday, the first "
     "reduction since 2024, as unemployment climbed to 6.3%. Governor Tomas Ruud said further cuts were possible if "
     "wage growth kept slowing. Two of the seven board members, Ida Falk and Per Omdal, voted to keep rates "
     "unchanged. The krone weakened 0.8% against the euro after the announcement. Economists surveyed by Bloomberg "
     "had expected no change.",
     [("Estmark's central bank lowered its benchmark lending rate by 25 basis points to 3.75% on Wednesday.", S),
      ("The cut, the first since 2024, came as unemployment in Estmark climbed to 6.3%.", S),
      ("Economists polled by Bloomberg had expected no change.", S),
      ("Governor Tomas Ruud said more cuts were possible if wage growth kept slowing.", S),
      ("Ida Falk and Per Omdal voted to keep rates unchanged.", S),
      ("Estmark's central bank raised its benchmark lending rate by 25 basis points to 3.75%.", DIR),
      ("The krone strengthened 0.8% against the euro after the announcement.", DIR),
      ("Ida Falk said further cuts were possible if wage growth kept slowing.", ACT),
      ("Unemployment in Estmark climbed to 6.8%.", FIG),
      ("The bank cut rates because the finance ministry asked it to support exporters.", CAUSE),
      ("Governor Tomas Ruud said he would step down at the end of his term.", CLAIM),
      ("Estmark's central bank cut its rate to 3.75% as Sunmarsh recalled 62,000 heat pumps.", MERGE),
      ("The decision was unanimous, Governor Tomas Ruud said.", CLAIM),
      ("N/A", CF)]),
    ("e03", "https://www.theverge.com/sunmarsh-heat-pump-recall", "The Verge",
     "Sunmarsh recalls 62,000 heat pumps over fire risk",
     "Sunmarsh recalled 62,000 heat pumps sold in Britain and Ireland after 14 units caught fire, the company said "
     "on Thursday. The faulty compressors were made by supplier Kervo Industries, which has stopped shipping them. "
     "Britain's Office for Product Safety had opened an inquiry in September. Owners will get a free replacement "
     "unit, Sunmarsh said. Sunmarsh shares dropped 9% in London.",
     [("Sunmarsh has recalled 62,000 heat pumps sold in Britain and Ireland after 14 units caught fire.", S),
      ("The faulty compressors came from supplier Kervo Industries, which has stopped shipping them.", S),
      ("Owners will receive a free replacement unit, according to Sunmarsh.", S),
      ("Shares in Sunmarsh dropped 9% in London.", S),
      ("Kervo Industries recalled 62,000 heat pumps sold in Britain and Ireland.", ACT),
      ("Sunmarsh recalled 26,000 heat pumps after 14 units caught fire.", FIG),
      ("Sunmarsh shares rose 9% in London.", DIR),
      ("Britain's Office for Product Safety ordered the recall after an inquiry.", CLAIM),
      ("Sunmarsh recalled the heat pumps after a whistleblower at Kervo Industries warned regulators.", CAUSE),
      ("Sunmarsh recalled 62,000 heat pumps, while Tirova Health raised $95 million in a round led by Gannet "
       "Ventures.", MERGE),
      ("Kervo Industries said it would compensate Sunmarsh for the recall.", CLAIM),
      ("This is a developing story.", CF)]),
    ("e04", "https://techcrunch.com/tirova-health-series-b", "TechCrunch",
     "Tirova Health raises $95 million led by Gannet Ventures",
     "Tirova Health, a Lisbon startup that reads hospital scans with software, raised $95 million in a Series B "
     "round led by Gannet Ventures, with Norrow Capital and existing backer Fieldstone joining. The round values "
     "Tirova at $620 million. Co-founder Ana Seixas said the money would fund approval trials in the United States. "
     "Tirova's revenue tripled last year to $18 million. The company employs 140 people.",
     [("Lisbon startup Tirova Health has raised $95 million in a Series B round led by Gannet Ventures.", S),
      ("Norrow Capital and existing backer Fieldstone also joined the round, which values Tirova at $620 "
       "million.", S),
      ("Co-founder Ana Seixas said the money would pay for approval trials in the United States.", S),
      ("Tirova's revenue tripled last year to $18 million, TechCrunch reports.", S),
      ("Norrow Capital led a $95 million Series B round in Tirova Health.", ACT),
      ("The round values Tirova at $260 million.", FIG),
      ("Tirova's revenue halved last year to $18 million.", DIR),
      ("Tirova Health plans to open an office in Boston next year.", CLAIM),
      ("Tirova raised the money after a hospital group in Lisbon cancelled its contract.", CAUSE),
      ("Gannet Ventures bought a majority stake in Tirova Health.", CLAIM),
      ("Tirova Health raised $95 million, and Pellan Airlines ordered 30 Varo 220 jets.", MERGE),
      ("Summary unavailable.", CF)]),
    ("e05", "https://www.ft.com/content/pellan-varo-order", "Financial Times",
     "Pellan Airlines orders 30 Varo jets, snubbing Ostra",
     "Pellan Airlines ordered 30 Varo 220 jets worth $2.4 billion at list prices, choosing the Canadian maker over "
     "Brazil's Ostra Aeronautics. The first aircraft will be delivered in 2028 and replace Pellan's ageing turboprops. "
     "Pellan chief executive Jorge Batista said the jets burn 18% less fuel per seat. Analysts said Pellan probably "
     "paid about half the list price. Ostra had supplied Pellan's previous fleet.",
     [("Pellan Airlines has ordered 30 Varo 220 jets worth $2.4 billion at list prices.", S),
      ("Pellan chose the Canadian maker Varo over Brazil's Ostra Aeronautics.", S),
      ("The first Varo jets will arrive in 2028 and replace Pellan's ageing turboprops.", S),
      ("Jorge Batista, Pellan's chief executive, said the jets burn 18% less fuel per seat.", S),
      ("Pellan Airlines ordered 30 jets from Ostra Aeronautics.", ACT),
      ("Varo had supplied Pellan's previous fleet.", ACT),
      ("Pellan Airlines ordered 13 Varo 220 jets.", FIG),
      ("Jorge Batista said the jets burn 18% more fuel per seat.", DIR),
      ("Pellan picked Varo because Ostra could not deliver before 2031.", CAUSE),
      ("Pellan paid the full list price of $2.4 billion, analysts said.", CLAIM),
      ("Pellan ordered 30 Varo 220 jets while the Keltan port strike entered its third week.", MERGE),
      ("Ostra Aeronautics said it would appeal against the decision.", CLAIM),
      ("The move could reshape the market.", CF)]),
    ("e06", "https://apnews.com/article/keltan-port-strike", "AP",
     "Keltan port strike enters third week as talks stall",
     "A strike by 3,200 dockworkers at the port of Keltan entered its third week on Monday after talks between the "
     "Harbour Workers Union and port operator Maren Terminals broke down. The union is demanding a 9% pay rise over "
     "two years; Maren has offered 5%. About 40 container ships are waiting offshore, the port authority said. "
     "Transport minister Lise Varga urged both sides to accept mediation. Retailers warned of empty shelves before "
     "Christmas.",
     [("The strike by 3,200 dockworkers at the port of Keltan has entered its third week.", S),
      ("Talks between the Harbour Workers Union and Maren Terminals broke down.", S),
      ("The union wants a 9% pay rise over two years, while Maren has offered 5%.", S),
      ("About 40 container ships are waiting offshore, according to the port authority.", S),
      ("Transport minister Lise Varga has urged the union and Maren Terminals to accept mediation.", S),
      ("Maren Terminals is demanding a 9% pay rise over two years.", ACT),
      ("Lise Varga rejected mediation.", DIR),
      ("About 400 container ships are waiting offshore, the port authority said.", FIG),
      ("The dockworkers walked out after Maren Terminals announced plans to automate cranes.", CAUSE),
      ("The government has threatened to send in the army to unload ships.", CLAIM),
      ("The Keltan strike entered its third week, while Brisa Foods cut its profit forecast.", MERGE),
      ("Maren Terminals has hired replacement workers to unload ships.", CLAIM),
      ("More updates to follow.", CF)]),
    ("e07", "https://www.wsj.com/articles/brisa-foods-profit-warning", "WSJ",
     "Brisa Foods cuts forecast as cocoa costs soar",
     "Brisa Foods cut its full-year profit forecast for the second time, saying cocoa prices had doubled since "
     "January. The chocolate maker now expects operating profit of $410 million, down from $520 million. Brisa "
     "raised prices by 7% in Europe but volumes fell 4%. Chief financial officer Hal Pruett said the company would "
     "not raise prices again this year. Brisa shares slid 12% in New York.",
     [("Brisa Foods has cut its full-year profit forecast for the second time.", S),
      ("Brisa, which now expects operating profit of $410 million instead of $520 million, said cocoa prices had "
       "doubled since January.", S),
      ("The chocolate maker raised prices by 7% in Europe, but volumes fell 4%.", S),
      ("Brisa's finance chief Hal Pruett said the company would not raise prices again this year.", S),
      ("Brisa shares slid 12% in New York, the WSJ reports.", S),
      ("Brisa Foods raised its full-year profit forecast.", DIR),
      ("Brisa cut prices by 7% in Europe.", DIR),
      ("Brisa now expects operating profit of $410 million, down from $570 million.", FIG),
      ("Hal Pruett said Brisa would raise prices again before Christmas.", DIR),
      ("Brisa cut its forecast after losing a supply contract with a large supermarket chain.", CAUSE),
      ("Brisa Foods cut its profit forecast as Noventa Bank agreed to pay $75 million to settle a lawsuit.", MERGE),
      ("Key takeaways: TBD.", CF)]),
    ("e08", "https://www.reuters.com/legal/noventa-settlement", "Reuters",
     "Noventa Bank to pay $75 million over overdraft fees",
     "Noventa Bank agreed to pay $75 million to settle a class action brought by customers who said it charged "
     "overdraft fees unfairly, according to court filings on Tuesday. The bank did not admit wrongdoing. Judge "
     "Carla Whitman must still approve the settlement. About 1.1 million customers could receive payments. Noventa "
     "stopped charging the fees in 2025.",
     [("Noventa Bank has agreed to pay $75 million to settle a class action over overdraft fees.", S),
      ("The settlement, under which Noventa did not admit wrongdoing, still needs Judge Carla Whitman's "
       "approval.", S),
      ("About 1.1 million customers could be paid, court filings show.", S),
      ("Noventa stopped charging the fees in 2025.", S),
      ("Noventa Bank admitted wrongdoing as part of the settlement.", DIR),
      ("Judge Carla Whitman fined Noventa Bank $75 million.", ACT),
      ("About 11 million customers could receive payments.", FIG),
      ("Noventa settled because a trial would have exposed its internal emails.", CAUSE),
      ("Noventa Bank will also pay $20 million to regulators.", CLAIM),
      ("Noventa Bank agreed to pay $75 million, while Drevik Mining lost a licence in Zambia.", MERGE),
      ("Noventa Bank said it would resume charging overdraft fees next year.", CLAIM),
      ("No information available at this time.", CF)]),
    ("e09", "https://www.ft.com/content/drevik-zambia-licence", "Financial Times",
     "Zambia revokes Drevik copper licence",
     "Zambia's mines ministry revoked Drevik Mining's licence for the Kalonde copper project, saying the company had "
     "failed to start construction on time. Drevik, which is listed in Toronto, said it would appeal. The ministry "
     "plans to offer the deposit to state-owned ZCCM. Drevik had spent $140 million on the project since 2022. Its "
     "shares plunged 31%.",
     [("Zambia's mines ministry has revoked Drevik Mining's licence for the Kalonde copper project.", S),
      ("The ministry said Drevik had failed to start construction on time; the Toronto-listed company said it "
       "would appeal.", S),
      ("The ministry plans to offer the Kalonde deposit to state-owned ZCCM.", S),
      ("Drevik, whose shares plunged 31%, had spent $140 million on the project since 2022.", S),
      ("ZCCM revoked Drevik Mining's licence for the Kalonde copper project.", ACT),
      ("Drevik Mining said it would accept the decision.", DIR),
      ("Drevik had spent $410 million on the project since 2022.", FIG),
      ("Zambia revoked the licence after Drevik was accused of polluting a river.", CAUSE),
      ("Drevik Mining plans to sue the Zambian government in London.", CLAIM),
      ("Zambia revoked Drevik's licence as Solvik Energy agreed to supply power to a Lumara data centre.", MERGE),
      ("Stay tuned.", CF)]),
    ("e10", "https://www.bloomberg.com/news/solvik-lumara-power", "Bloomberg",
     "Solvik to power Lumara data centre under 15-year deal",
     "Solvik Energy signed a 15-year contract to supply 300 megawatts of wind power to a data centre that cloud "
     "company Lumara is building near Aarhus, the companies said on Friday. Lumara will pay a fixed price, which "
     "was not disclosed. The site is due to open in 2027. Solvik will build two new wind farms for the contract. "
     "\"We want every new site on clean power,\" Lumara's energy director Birgit Holm said.",
     [("Solvik Energy will supply 300 megawatts of wind power to Lumara's data centre near Aarhus under a "
       "15-year contract.", S),
      ("Lumara will pay a fixed price that was not disclosed.", S),
      ("Bloomberg reports that Solvik will build two new wind farms for the contract.", S),
      ("Lumara's energy director Birgit Holm said: \"We want every new site on clean power.\"", S),
      ("Lumara signed a 15-year contract to supply wind power to Solvik Energy.", ACT),
      ("Solvik will supply 30 megawatts of wind power to the data centre.", FIG),
      ("Lumara will pay $60 per megawatt hour.", CLAIM),
      ("The data centre is due to open in 2029.", FIG),
      ("Lumara chose Solvik after a blackout hit its Danish sites last winter.", CAUSE),
      ("Solvik will close two wind farms for the contract.", DIR),
      ("Solvik signed a 15-year wind power contract with Lumara, while Marrowby Council approved a stadium.",
       MERGE),
      ("The data centre will be the largest in Scandinavia.", CLAIM),
      ("Lorem ipsum.", CF)]),
    ("e11", "https://www.theguardian.com/uk/marrowby-stadium-approved", "The Guardian",
     "Marrowby council approves new stadium for Rovers",
     "Marrowby Council approved plans for a 32,000-seat stadium for Marrowby Rovers on Tuesday, overruling "
     "objections from residents who feared traffic jams. The club will pay the 260 million pound cost, with the "
     "council providing the land on a 99-year lease. Councillors voted 9 to 4 in favour. Rovers chairman Dean Okafor "
     "said construction would start in spring. The club's current ground holds 18,500.",
     [("Marrowby Council has approved plans for a 32,000-seat stadium for Marrowby Rovers.", S),
      ("Councillors voted 9 to 4 in favour, overruling residents who feared traffic jams.", S),
      ("Rovers will pay the 260 million pound cost, and the council will provide the land on a 99-year lease.",
       S),
      ("Construction will begin in spring, Rovers chairman Dean Okafor said.", S),
      ("Marrowby Rovers will provide the land on a 99-year lease.", ACT),
      ("Councillors voted 4 to 9 against the plans.", DIR),
      ("The club's current ground holds 28,500.", FIG),
      ("The council will pay the 260 million pound cost.", ACT),
      ("The council approved the stadium because Rovers threatened to leave the town.", CAUSE),
      ("Residents have launched a legal challenge against the decision.", CLAIM),
      ("Marrowby Council approved a stadium, and Qiyun Auto cut the price of its Q7 sedan.", MERGE),
      ("This could have wide implications for the region.", CF)]),
    ("e12", "https://asia.nikkei.com/business/qiyun-price-cut", "Nikkei Asia",
     "Qiyun cuts sedan prices as rivalry with Dongfa deepens",
     "Chinese carmaker Qiyun Auto cut the price of its Q7 electric sedan by 12% to 189,000 yuan, a week after rival "
     "Dongfa Motors lowered prices on three models. Qiyun's deliveries fell 6% in October from September, while "
     "Dongfa's rose 11%. Qiyun said the cut would last until the end of the year. Analyst Wei Lan of Huatai "
     "Securities said margins across the industry were under pressure.",
     [("Qiyun Auto has cut the price of its Q7 electric sedan by 12% to 189,000 yuan.", S),
      ("The cut came a week after rival Dongfa Motors lowered prices on three models.", S),
      ("Qiyun's deliveries fell 6% in October from September, while Dongfa's rose 11%, Nikkei Asia reports.", S),
      ("Analyst Wei Lan of Huatai Securities said margins across the industry were under pressure.", S),
      ("Dongfa Motors cut the price of its Q7 electric sedan by 12%.", ACT),
      ("Qiyun's deliveries rose 6% in October from September.", DIR),
      ("Qiyun cut the price of the Q7 by 21% to 189,000 yuan.", FIG),
      ("Qiyun said the price cut would be permanent.", CLAIM),
      ("Qiyun cut prices because a battery supplier lowered its costs.", CAUSE),
      ("Wei Lan said margins across the industry were improving.", DIR),
      ("Qiyun cut the Q7's price by 12%, while Velmora Telecom announced 2,000 job cuts.", MERGE),
      ("Dongfa Motors said it would match Qiyun's price cut.", CLAIM),
      ("[insert summary here]", CF)]),
    ("e13", "https://www.reuters.com/business/velmora-job-cuts", "Reuters",
     "Velmora Telecom to cut 2,000 jobs in Spain",
     "Velmora Telecom will cut 2,000 jobs in Spain by the end of 2027, about 15% of its local workforce, after "
     "agreeing terms with the UGT and CCOO unions. Workers over 56 will be offered early retirement. The operator "
     "said the plan would save 180 million euros a year. Spain's labour ministry had criticised an earlier plan for "
     "3,500 cuts. Velmora's Spanish revenue fell 3% last year.",
     [("Velmora Telecom will cut 2,000 jobs in Spain by the end of 2027, about 15% of its local workforce.", S),
      ("The cuts were agreed with the UGT and CCOO unions, and workers over 56 will be offered early "
       "retirement.", S),
      ("Velmora said the plan would save 180 million euros a year.", S),
      ("An earlier plan for 3,500 job cuts had been criticised by Spain's labour ministry.", S),
      ("The UGT and CCOO unions will cut 2,000 jobs at Velmora.", ACT),
      ("Velmora Telecom will cut 3,500 jobs in Spain by the end of 2027.", FIG),
      ("Velmora's Spanish revenue rose 3% last year.", DIR),
      ("Spain's labour ministry approved the plan for 2,000 cuts.", CLAIM),
      ("Velmora is cutting jobs because it is moving customer service to Morocco.", CAUSE),
      ("The plan would cost 180 million euros a year.", DIR),
      ("Velmora will cut 2,000 jobs in Spain as the Halden Institute published its survey of glaciers.", MERGE),
      ("Experts say the outlook is uncertain.", CF)]),
    ("e14", "https://www.bbc.com/news/science-halden-glaciers", "BBC",
     "Norwegian glaciers lost record ice in 2026, survey finds",
     "Norway's glaciers lost 4.1 cubic kilometres of ice in 2026, the largest loss since records began in 1962, "
     "according to a survey by the Halden Institute. The Jostedal glacier retreated by 96 metres. Researcher Sigrid "
     "Aune said a warm, dry summer was the main cause. Snowfall in the previous winter was 20% below average. The "
     "institute measures 35 glaciers each year.",
     [("Norway's glaciers lost 4.1 cubic kilometres of ice in 2026, according to the Halden Institute.", S),
      ("That was the largest loss since records began in 1962.", S),
      ("Researcher Sigrid Aune said a warm, dry summer was the main cause of the record loss.", S),
      ("The Jostedal glacier retreated by 96 metres, the BBC reports.", S),
      ("Norway's glaciers gained ice in 2026.", DIR),
      ("The Jostedal glacier retreated by 69 metres.", FIG),
      ("Snowfall in the previous winter was 20% above average.", DIR),
      ("Sigrid Aune said the glaciers would disappear by 2100.", CLAIM),
      ("The loss was caused by soot from forest fires in Canada.", CAUSE),
      ("The Jostedal glacier lost 4.1 cubic kilometres of ice in 2026.", ACT),
      ("Norway's glaciers lost 4.1 cubic kilometres of ice, while Ferrow Pharma won approval for a migraine "
       "drug.", MERGE),
      ("More details are expected later.", CF)]),
    ("e15", "https://www.cnbc.com/ferrow-migraine-approval", "CNBC",
     "FDA approves Ferrow's migraine pill",
     "The U.S. Food and Drug Administration approved Ferrow Pharma's migraine pill Lumizan on Thursday, making it "
     "the first oral treatment of its class. In a trial of 1,400 patients, Lumizan cut migraine days by half in 41% "
     "of them. Ferrow will sell the drug with partner Abano Therapeutics, which developed it. Ferrow set a list price "
     "of $890 a month. Shares of Abano jumped 27%.",
     [("The FDA has approved Ferrow Pharma's migraine pill Lumizan, the first oral treatment of its class.", S),
      ("In a 1,400-patient trial, Lumizan cut migraine days by half in 41% of patients.", S),
      ("Ferrow will sell Lumizan with partner Abano Therapeutics, which developed the drug.", S),
      ("Ferrow has set a list price of $890 a month, and Abano shares jumped 27%.", S),
      ("Ferrow Pharma developed Lumizan with help from Abano Therapeutics.", ACT),
      ("Lumizan cut migraine days by half in 14% of patients.", FIG),
      ("Shares of Abano fell 27%.", DIR),
      ("The FDA approved Lumizan after a panel of advisers voted unanimously in its favour.", CAUSE),
      ("Lumizan will be available in Europe next year.", CLAIM),
      ("Ferrow set a list price of $980 a month.", FIG),
      ("The FDA approved Ferrow's Lumizan, while Kestova raised 40 million euros for its drone business.", MERGE),
      ("Abano Therapeutics will receive royalties of 15% on Lumizan sales.", CLAIM),
      ("No details.", CF)]),
    ("e16", "https://sifted.eu/articles/kestova-drones", "Sifted",
     "Kestova raises 40 million euros for inspection drones",
     "Kestova, a Tallinn company whose drones inspect power lines, raised 40 million euros in a round led by Baltic "
     "fund Tuul Capital. Energy group Nordvolt, Kestova's largest customer, also invested. Kestova said it had "
     "inspected 90,000 kilometres of lines for 12 utilities. Chief executive Kaarel Mets said the company would "
     "hire 60 engineers. Kestova was founded in 2021.",
     [("Tallinn-based Kestova has raised 40 million euros in a round led by Tuul Capital.", S),
      ("Nordvolt, Kestova's largest customer, also invested in the round.", S),
      ("Kestova said its drones had inspected 90,000 kilometres of power lines for 12 utilities.", S),
      ("Kestova will hire 60 engineers, chief executive Kaarel Mets said.", S),
      ("Nordvolt led a 40 million euro round in Kestova.", ACT),
      ("Kestova said it had inspected 9,000 kilometres of lines.", FIG),
      ("Kaarel Mets said the company would cut 60 engineers.", DIR),
      ("Kestova raised the money after winning a contract with the Estonian army.", CAUSE),
      ("Kestova plans to list its shares in Stockholm.", CLAIM),
      ("Kestova was founded in 2019.", FIG),
      ("Kestova raised 40 million euros as Orlin Steel idled a blast furnace.", MERGE),
      ("The company made headlines this week.", CF)]),
    ("e17", "https://www.reuters.com/markets/orlin-steel-furnace", "Reuters",
     "Orlin Steel idles blast furnace as demand weakens",
     "Orlin Steel will idle one of its two blast furnaces at its Gravenport plant from January, blaming weak demand "
     "from carmakers and cheap imports. About 450 workers will be moved to other jobs and none will be laid off, the "
     "company said. The plant produced 3.2 million tonnes last year. The Metalworkers Union said it would seek "
     "guarantees. Orlin's rival Haskar Steel restarted a furnace in October.",
     [("Orlin Steel will idle one of the two blast furnaces at its Gravenport plant from January.", S),
      ("Orlin blamed weak demand from carmakers and cheap imports.", S),
      ("About 450 workers will be moved to other jobs and none will be laid off, Orlin said.", S),
      ("Orlin's rival Haskar Steel restarted a furnace in October, Reuters reports.", S),
      ("Haskar Steel will idle a blast furnace at its Gravenport plant.", ACT),
      ("About 450 workers will be laid off.", DIR),
      ("The plant produced 2.3 million tonnes last year.", FIG),
      ("Orlin idled the furnace after a fire damaged it in December.", CAUSE),
      ("The Metalworkers Union called a strike at the Gravenport plant.", CLAIM),
      ("Haskar Steel idled a furnace in October.", DIR),
      ("Orlin Steel will idle a blast furnace, while Astrel Space launched 24 satellites.", MERGE),
      ("Orlin Steel expects to restart the furnace in the summer.", CLAIM),
      ("...", CF)]),
    ("e18", "https://spacenews.com/astrel-launch-24-satellites", "SpaceNews",
     "Astrel launches 24 satellites for Ventor broadband network",
     "Astrel Space launched 24 broadband satellites for operator Ventor Networks on Saturday from its site in "
     "Andoya, Norway, its largest launch so far. Ventor now has 112 satellites in orbit and plans 300 by 2028. The "
     "rocket's first stage landed on a barge for reuse. Ventor chief executive Oona Laine said service in "
     "Scandinavia would start in March. A previous launch in August had been delayed by two weeks.",
     [("Astrel Space has launched 24 broadband satellites for Ventor Networks from Andoya, Norway.", S),
      ("It was Astrel's largest launch so far, and the rocket's first stage landed on a barge for reuse.", S),
      ("Ventor now has 112 satellites in orbit and plans to have 300 by 2028.", S),
      ("Oona Laine, Ventor's chief executive, said service in Scandinavia would start in March.", S),
      ("Ventor Networks launched 24 satellites for Astrel Space.", ACT),
      ("Ventor now has 121 satellites in orbit.", FIG),
      ("Service in Scandinavia will be delayed until March, Oona Laine said.", CLAIM),
      ("The rocket's first stage was lost at sea.", DIR),
      ("Astrel launched from Norway because the Swedish site was closed for repairs.", CAUSE),
      ("A previous launch in August had been brought forward by two weeks.", DIR),
      ("Astrel launched 24 satellites for Ventor, and Dunhill Water was fined 31 million pounds.", MERGE),
      ("The launch marks a significant development for the industry.", CF)]),
    ("e19", "https://www.theguardian.com/environment/dunhill-water-fine", "The Guardian",
     "Dunhill Water fined 31 million pounds for sewage spills",
     "Regulator Ofwat fined Dunhill Water 31 million pounds for failing to stop sewage spills into rivers between "
     "2021 and 2024. The company, which serves 2.6 million customers, must also spend 90 million pounds on repairs. "
     "Dunhill said it accepted the findings and apologised. Campaign group River Watch said the fine was too small. "
     "Ofwat said bills would not be raised to pay it.",
     [("Ofwat has fined Dunhill Water 31 million pounds for failing to stop sewage spills into rivers.", S),
      ("Dunhill Water, which serves 2.6 million customers, must also spend 90 million pounds on repairs.", S),
      ("Dunhill said it accepted the findings and apologised.", S),
      ("River Watch said the fine was too small, and Ofwat said bills would not be raised to pay it.", S),
      ("River Watch fined Dunhill Water 31 million pounds.", ACT),
      ("Dunhill Water rejected the findings.", DIR),
      ("Dunhill must also spend 19 million pounds on repairs.", FIG),
      ("Ofwat said bills would rise to pay the fine.", DIR),
      ("The fine followed a BBC investigation into the spills.", CAUSE),
      ("Dunhill's chief executive has resigned.", CLAIM),
      ("Dunhill Water was fined 31 million pounds, while Pravin Textiles opened a factory in Vietnam.", MERGE),
      ("Ofwat said it would review Dunhill Water's licence.", CLAIM),
      ("Watch this space.", CF)]),
    ("e20", "https://www.livemint.com/companies/pravin-textiles-vietnam", "Mint",
     "Pravin Textiles opens $120 million factory in Vietnam",
     "Indian garment maker Pravin Textiles opened a $120 million factory in Vietnam's Binh Duong province, its first "
     "outside India. The plant will employ 3,000 people and make clothes for Swedish retailer Holma. Managing "
     "director Ravi Menon said tariffs on Indian exports to the United States had pushed the company to diversify. "
     "Pravin's exports rose 14% in the year to March.",
     [("Pravin Textiles has opened a $120 million factory in Vietnam's Binh Duong province, its first outside "
       "India.", S),
      ("The plant will employ 3,000 people and make clothes for Holma, the Swedish retailer.", S),
      ("Managing director Ravi Menon said U.S. tariffs on Indian exports had pushed Pravin to diversify.", S),
      ("Pravin's exports rose 14% in the year to March, Mint reports.", S),
      ("Holma opened a $120 million factory in Vietnam.", ACT),
      ("The plant will employ 300 people.", FIG),
      ("Pravin's exports fell 14% in the year to March.", DIR),
      ("Pravin chose Vietnam because labour costs there are lower than in India.", CAUSE),
      ("Pravin plans a second factory in Bangladesh.", CLAIM),
      ("Ravi Menon said the factory would make clothes for Holma and Zara.", CLAIM),
      ("Pravin opened a factory in Vietnam, and Ardent Insurance raised its dividend.", MERGE),
      ("Details remain scarce.", CF)]),
    ("e21", "https://www.ft.com/content/ardent-insurance-results", "Financial Times",
     "Ardent Insurance raises dividend after storm claims ease",
     "Ardent Insurance raised its annual dividend by 8% to 1.12 pounds a share after claims from storms fell to "
     "210 million pounds from 480 million pounds a year earlier. Pre-tax profit rose 36% to 1.05 billion pounds. "
     "Chief executive Helen Crabb said motor insurance prices had started to soften. Ardent will also buy back 300 "
     "million pounds of shares.",
     [("Ardent Insurance has raised its annual dividend by 8% to 1.12 pounds a share.", S),
      ("Storm claims fell to 210 million pounds from 480 million pounds a year earlier.", S),
      ("Pre-tax profit rose 36% to 1.05 billion pounds, and Ardent will buy back 300 million pounds of shares.",
       S),
      ("Chief executive Helen Crabb said motor insurance prices had started to soften.", S),
      ("Ardent Insurance cut its annual dividend by 8%.", DIR),
      ("Storm claims rose to 480 million pounds.", DIR),
      ("Pre-tax profit rose 63% to 1.05 billion pounds.", FIG),
      ("Helen Crabb said motor insurance prices would keep rising.", DIR),
      ("Ardent raised the dividend because it sold its life insurance unit.", CAUSE),
      ("Ardent will buy back 500 million pounds of shares.", FIG),
      ("Ardent raised its dividend by 8%, while the Grenholm city council banned diesel buses.", MERGE),
      ("Helen Crabb said Ardent would expand into the United States.", CLAIM),
      ("Read more below.", CF)]),
    ("e22", "https://www.politico.eu/grenholm-diesel-bus-ban", "Politico",
     "Grenholm bans diesel buses from 2028",
     "The city council of Grenholm voted to ban diesel buses from 2028, requiring operator Trelo Transit to replace "
     "its fleet of 420 buses with electric ones. Mayor Anneke Visser said the city would pay 40% of the cost from a "
     "climate fund. Trelo had asked for the deadline to be pushed back to 2031. Nitrogen dioxide levels in the city "
     "centre fell 11% last year.",
     [("Grenholm's city council has voted to ban diesel buses from 2028.", S),
      ("Trelo Transit must replace its 420 buses with electric ones, and the city will pay 40% of the cost.", S),
      ("Mayor Anneke Visser said the city would cover 40% of the cost from a climate fund.", S),
      ("Trelo had asked for the deadline to be pushed back to 2031.", S),
      ("Trelo Transit voted to ban diesel buses from 2028.", ACT),
      ("The city will pay 60% of the cost.", FIG),
      ("Trelo had asked for the deadline to be brought forward.", DIR),
      ("Nitrogen dioxide levels in the city centre rose 11% last year.", DIR),
      ("The council banned diesel buses after a court ruled the city's air illegal.", CAUSE),
      ("Trelo Transit said it would sue the council.", CLAIM),
      ("Grenholm banned diesel buses from 2028, as Halvorsen Shipping ordered four ammonia-fuelled ships.", MERGE),
      ("Everything you need to know.", CF)]),
    ("e23", "https://www.tradewindsnews.com/halvorsen-ammonia-ships", "TradeWinds",
     "Halvorsen orders four ammonia-fuelled carriers from Hyundai",
     "Halvorsen Shipping ordered four ammonia-fuelled bulk carriers from Hyundai Heavy Industries for about $340 "
     "million, with deliveries from 2029. The Oslo-based owner has chartered the ships to mining group Tarrow "
     "Resources for ten years. Halvorsen said the engines, made by Wartsila, would cut emissions by 90%. It is the "
     "largest ammonia order by a dry bulk owner so far.",
     [("Halvorsen Shipping has ordered four ammonia-fuelled bulk carriers from Hyundai Heavy Industries for about "
       "$340 million.", S),
      ("The ships, due from 2029, have been chartered to Tarrow Resources for ten years.", S),
      ("Halvorsen said the Wartsila engines would cut emissions by 90%.", S),
      ("TradeWinds reports that it is the largest ammonia order by a dry bulk owner so far.", S),
      ("Tarrow Resources ordered four ammonia-fuelled bulk carriers from Hyundai.", ACT),
      ("Hyundai Heavy Industries ordered four ships from Halvorsen Shipping.", ACT),
      ("Halvorsen ordered four carriers for about $430 million.", FIG),
      ("Halvorsen said the engines would raise emissions by 90%.", DIR),
      ("Halvorsen ordered the ships because new EU carbon rules start in 2027.", CAUSE),
      ("Halvorsen has an option to order four more ships.", CLAIM),
      ("Halvorsen ordered four ammonia-fuelled ships, while the Commerce Department blocked Brevo's chip sale to "
       "Qadira Cloud.", MERGE),
      ("Lorem ipsum dolor.", CF)]),
    ("e24", "https://www.axios.com/brevo-ai-chip-export", "Axios",
     "Commerce Department blocks Brevo chip sales to Gulf buyer",
     "The U.S. Commerce Department blocked Brevo Semiconductor from selling 20,000 AI chips to Qadira Cloud of the "
     "United Arab Emirates, citing security concerns, according to two people familiar with the matter. Brevo had "
     "expected the order to bring in $600 million. Brevo shares fell 5% in after-hours trading. A Brevo spokesperson "
     "said the company would comply. Qadira did not respond to requests for comment.",
     [("The Commerce Department has blocked Brevo Semiconductor from selling 20,000 AI chips to Qadira Cloud, "
       "citing security concerns.", S),
      ("Brevo had expected the order to bring in $600 million, and its shares fell 5% in after-hours trading.", S),
      ("A Brevo spokesperson said the company would comply with the decision.", S),
      ("Axios reports that Qadira did not respond to requests for comment.", S),
      ("Qadira Cloud blocked Brevo from selling AI chips.", ACT),
      ("Brevo said it would challenge the decision in court.", DIR),
      ("The Commerce Department blocked the sale of 200,000 AI chips.", FIG),
      ("Brevo shares rose 5% in after-hours trading.", DIR),
      ("The sale was blocked after Qadira was found to have resold chips to China.", CAUSE),
      ("Brevo will sell the chips to a buyer in Saudi Arabia instead.", CLAIM),
      ("The Commerce Department blocked Brevo's chip sale, and Talvik priced its IPO at the top of its range.", MERGE),
      ("Sources say more is to come.", CF)]),
    ("e25", "https://www.bloomberg.com/news/talvik-ipo", "Bloomberg",
     "Talvik prices IPO at top of range, raising $1.1 billion",
     "Payments company Talvik priced its initial public offering at 34 dollars a share, the top of its marketed "
     "range, raising $1.1 billion on the New York Stock Exchange. Morgan Stanley and Goldman Sachs led the deal. The "
     "offering values Talvik at $9.8 billion. Founder Jonas Brek will keep 22% of the voting rights. The shares will "
     "start trading on Thursday under the ticker TLVK.",
     [("Talvik has priced its IPO at $34 a share, the top of its range, raising $1.1 billion.", S),
      ("The offering, led by Morgan Stanley and Goldman Sachs, values Talvik at $9.8 billion.", S),
      ("Founder Jonas Brek will keep 22% of the voting rights.", S),
      ("Talvik shares will start trading on the New York Stock Exchange on Thursday under the ticker TLVK.", S),
      ("Goldman Sachs priced its IPO at $34 a share.", ACT),
      ("Talvik priced its IPO at the bottom of its marketed range.", DIR),
      ("The offering values Talvik at $8.9 billion.", FIG),
      ("Talvik went public to pay off debt from its 2023 acquisition of Cardlo.", CAUSE),
      ("Jonas Brek will step down as chief executive after the listing.", CLAIM),
      ("Founder Jonas Brek will keep 32% of the voting rights.", FIG),
      ("Talvik raised $1.1 billion in its IPO, while Marisol Resorts opened a hotel in Lisbon.", MERGE),
      ("Talvik's shares are expected to rise on their first day of trading.", CLAIM),
      ("This is big news.", CF)]),
    ("e26", "https://skift.com/marisol-resorts-lisbon", "Skift",
     "Marisol Resorts opens Lisbon hotel, its tenth in Portugal",
     "Marisol Resorts opened a 240-room hotel in Lisbon on Friday, its tenth in Portugal, after buying the building "
     "from insurer Fidelis for 58 million euros in 2024. Occupancy across Marisol's Portuguese hotels rose to 81% "
     "this summer. Chief executive Sofia Duarte said the group would open two more hotels in Porto by 2028. Marisol "
     "is owned by the Spanish investor Grupo Albar.",
     [("Marisol Resorts has opened a 240-room hotel in Lisbon, its tenth in Portugal.", S),
      ("Marisol bought the building from insurer Fidelis for 58 million euros in 2024.", S),
      ("Occupancy across Marisol's Portuguese hotels rose to 81% this summer.", S),
      ("Sofia Duarte, Marisol's chief executive, said the group would open two more hotels in Porto by 2028.", S),
      ("Fidelis bought the building from Marisol Resorts for 58 million euros.", ACT),
      ("Grupo Albar opened a 240-room hotel in Lisbon.", ACT),
      ("Occupancy across Marisol's Portuguese hotels fell to 81% this summer.", DIR),
      ("Marisol Resorts opened a 420-room hotel in Lisbon.", FIG),
      ("Marisol opened the hotel after tourist numbers in Lisbon hit a record.", CAUSE),
      ("Grupo Albar plans to sell Marisol Resorts next year.", CLAIM),
      ("Marisol opened its tenth hotel in Portugal as Corvath shares rose 4.2% in Frankfurt.", MERGE),
      ("Nothing to report.", CF)]),
]

# Real SmolLM2-135M-Instruct answers (llama.cpp server on 127.0.0.1, `benchmarks/collect_smollm2.py --articles
# eval2-articles.jsonl --prompts summary`, kept raw in eval2-smollm2_raw.jsonl), one summary per article, collected
# and labelled by reading each sentence against its article BEFORE the checker was run on any of them. Kept: every
# parsed sentence of four words or more that is not a URL, with the JSON residue around it cut; plus a few bare
# placeholders. Left out as ambiguous: "Halvorsen orders four ammonia-fuelled carriers from Hyundai to reduce
# emissions." (the source gives the engines' emission cut, not the order's purpose).
SMOLLM2 = [
    ("e01", "Dalmere Freight bought by Corvetto: 1.8 billion euros, surpasses 2% of the market share.", CLAIM),
    ("e02", "text", CF),
    ("e03", "Sunsmarsh recalls 62,000 heat pumps over fire risk.", ACT),
    ("e03", "The faulty compressors were made by Kervo Industries and sold to Sunmarsh in January.", CLAIM),
    ("e04", "Tirova Health, a Lisbon startup that uses scan results to create personalized medicine", CLAIM),
    ("e04", "news article", CF),
    ("e05", "Pellan Airlines ordered 30 Varo 220 jets worth $2.4 billion at list prices, choosing the Canadian maker "
            "over Brazil's Ostra.", S),
    ("e06", "Keltan port strike stalls into third week, talks are held", CLAIM),
    ("e07", "Brisa Foods cuts forecast as cocoa costs soar", S),
    ("e08", "Leyendas del 2023: Decree de la Salir de Noventa Bankores el consumadora consejería de línea 2023.", CF),
    ("e08", "142573960", CF),
    ("e10", "Solvik to power Lumara data center under 15-year contract", S),
    ("e10", "json", CF),
    ("e11", "news article", CF),
    ("e13", "The news article in JSON", CF),
    ("e14", "Norway's Glaciers, 2026", CF),
    ("e15", "Abono Therapeutics is a company developing new treatments for migraine,", ACT),
    ("e16", "News Article", CF),
    ("e18", "The launch of the Astrel Space rocket is planned for January 2019.", CLAIM),
    ("e18", "It will carry a total of 112 satellites in orbit, as part of the Ventor broadband network.", CLAIM),
    ("e20", "Indian Garment Maker Pravin Textiles (BINDI) Open a $120 Million Factory in Vietnam", CLAIM),
    ("e20", "Pravin Textiles, India's First Exotic Factory in Vietnam", CLAIM),
    ("e22", "Banned 2028 diesel buses in Grenholm, the city council has voted to ban them from 2028, requiring a "
            "climate fund, and plans to pay for it.", CLAIM),
    ("e23", "news article", CF),
    ("e26", "Lisbon, 2024: Marisol Resorts opens a new Lisbon hotel.", FIG),
]


def main() -> None:
    arts, rows = build(ARTICLES, "v", "evaluation2", merge_next=True)
    url_of = {a[0]: a[1] for a in ARTICLES}
    for aid, sentence, error in SMOLLM2:
        rows.append(sentence_row(f"v{len(rows) + 1:04d}", sentence, [url_of[aid]], error, aid, "evaluation2",
                                 "smollm2"))
    write_jsonl("eval2-articles.jsonl", arts)
    write_jsonl("eval2-sentences.jsonl", rows)
    print(f"{len(arts)} articles, {len(rows)} sentences")



if __name__ == "__main__":
    main()
