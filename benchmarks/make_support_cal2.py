"""Build the second calibration part of the claim-support set (issue 10): tests/data/support/cal2-articles.jsonl
and cal2-sentences.jsonl (run once; the output is frozen and committed, written BEFORE the checker was tuned on it).

    python benchmarks/make_support_cal2.py

Every article and sentence here was written by hand for this file (new companies and facts; nothing from the demo
corpus, ../shared/data or the first set). The articles have several actors per sentence (who did what to whom,
"after talks with", "on behalf of", passive voice, "X's rival Y", lists of actors); the sentences are faithful
paraphrases that keep the roles but change voice or word order (origin "paraphrase"), and errors written by hand
(origin "planted"): actors swapped (subject <-> object, the agent replaced by another name of the passage, an actor
from a neighbouring sentence), directions reversed with words outside the checker's lists (antonyms, comparative
morphology, negation), unsupported claims, invented causes and merged events. Every row belongs to the calibration
part (split "calibration").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support_gen import ACT, CAUSE, CLAIM, DIR, MERGE, S, build, write_jsonl  # noqa: E402

# (id, url, source, title, body, [(sentence, error)])   error "none" = a faithful paraphrase (supported)
ARTICLES = [
    ("c01", "https://www.reuters.com/business/quarrow-buys-fenlight", "Reuters",
     "Quarrow buys Fenlight after Danbury talks collapse",
     "Fenlight Energy was bought by Quarrow Holdings for $1.4 billion after talks with Danbury Capital collapsed "
     "last month. Quarrow's rival Meridel Power had also bid for the solar developer. Fenlight shares climbed 22% "
     "on the news. Quarrow said it would keep Fenlight's 400 staff in Leeds.",
     [("Quarrow Holdings bought Fenlight Energy for $1.4 billion.", S),
      ("Fenlight Energy has been acquired by Quarrow Holdings in a $1.4 billion deal.", S),
      ("Quarrow will keep the 400 Fenlight staff in Leeds, it said.", S),
      ("Danbury Capital bought Fenlight Energy for $1.4 billion.", ACT),
      ("Fenlight Energy bought Quarrow Holdings for $1.4 billion.", ACT),
      ("Meridel Power bought Fenlight Energy after talks with Danbury Capital collapsed.", ACT),
      ("Fenlight shares sank 22% on the news.", DIR),
      ("Quarrow said it would cut Fenlight's 400 staff in Leeds.", DIR),
      ("Quarrow plans to list Fenlight separately on the London Stock Exchange.", CLAIM)]),
    ("c02", "https://www.bloomberg.com/news/ostrel-sues-vantic", "Bloomberg",
     "Ostrel sues Vantic over battery patents",
     "Ostrel Systems sued Vantic Motors in a Delaware court, accusing the carmaker of copying its battery cooling "
     "design. Vantic was supplied with the cells by Korean maker Hanseo until 2024. Ostrel is seeking $300 million in "
     "damages. Vantic said the claims were without merit and that it would fight them.",
     [("Vantic Motors has been sued by Ostrel Systems in a Delaware court.", S),
      ("In a Delaware court, Ostrel Systems sued Vantic Motors over its battery cooling design.", S),
      ("Ostrel wants $300 million in damages from Vantic.", S),
      ("Vantic Motors sued Ostrel Systems in a Delaware court.", ACT),
      ("Hanseo sued Vantic Motors over its battery cooling design.", ACT),
      ("Ostrel was supplied with the cells by Hanseo until 2024.", ACT),
      ("Vantic said the claims had merit and it would settle them.", DIR),
      ("Ostrel Systems sued Vantic Motors because Vantic poached its engineers.", CAUSE)]),
    ("c03", "https://www.ft.com/content/brannock-rates", "Financial Times",
     "Brannock central bank raises rates as inflation accelerates",
     "The central bank of Brannock raised its main rate to 6.5% on Thursday as inflation accelerated to 8.1% in "
     "October. Growth slowed to 1.2% in the third quarter, the statistics office said. The finance ministry had "
     "urged the bank to hold rates. The currency strengthened against the dollar after the decision.",
     [("Brannock's central bank lifted its main rate to 6.5% as inflation accelerated.", S),
      ("Inflation in Brannock accelerated to 8.1% in October.", S),
      ("After the decision, Brannock's currency strengthened against the dollar.", S),
      ("Inflation in Brannock slowed to 8.1% in October.", DIR),
      ("Growth accelerated to 1.2% in the third quarter, the statistics office said.", DIR),
      ("The currency weakened against the dollar after the decision.", DIR),
      ("The finance ministry raised the main rate to 6.5% on Thursday.", ACT),
      ("The central bank had urged the finance ministry to hold rates.", ACT),
      ("The bank said it expects to cut rates early next year.", CLAIM)]),
    ("c04", "https://www.theverge.com/tallow-smartphone-share", "The Verge",
     "Tallow overtakes Pemberly in European smartphone sales",
     "Tallow overtook Pemberly as Europe's second-largest smartphone seller in the third quarter, according to "
     "research firm Corvane. Tallow's shipments widened its lead over Nordica, which trailed in fourth place. "
     "Pemberly's market share narrowed to 18%. Corvane said cheaper models drove Tallow's gains.",
     [("Tallow passed Pemberly to become Europe's second-largest smartphone seller in the third quarter.", S),
      ("Pemberly's share of the market narrowed to 18%.", S),
      ("Corvane said Tallow's gains were driven by cheaper models.", S),
      ("Pemberly overtook Tallow as Europe's second-largest smartphone seller.", ACT),
      ("Nordica overtook Pemberly as Europe's second-largest smartphone seller in the third quarter.", ACT),
      ("Pemberly's market share widened to 18%.", DIR),
      ("Nordica led the market in fourth place.", DIR),
      ("Corvane said pricier models drove Tallow's gains.", DIR),
      ("Tallow plans to open 40 stores in Germany next year.", CLAIM)]),
    ("c05", "https://www.wsj.com/articles/greyfield-layoffs", "The Wall Street Journal",
     "Greyfield cuts 900 jobs after losing Hollin contract",
     "Greyfield Logistics will cut 900 jobs after Hollin Retail moved its delivery contract to Spanmore. The job "
     "cuts were announced by Greyfield's chief executive Nora Ellis on Monday. Spanmore said it would hire 600 "
     "drivers to handle the work. Greyfield's revenue fell 14% last year.",
     [("Greyfield Logistics is cutting 900 jobs after Hollin Retail took its delivery contract to Spanmore.", S),
      ("Nora Ellis, Greyfield's chief executive, announced the job cuts on Monday.", S),
      ("Spanmore said it would hire 600 drivers for the work.", S),
      ("Spanmore will cut 900 jobs after Hollin Retail moved its delivery contract.", ACT),
      ("Hollin Retail will cut 900 jobs after losing its delivery contract.", ACT),
      ("Greyfield said it would hire 600 drivers to handle the work.", ACT),
      ("Greyfield's revenue grew 14% last year.", DIR),
      ("Spanmore said it would lay off 600 drivers.", DIR),
      ("Greyfield Logistics will cut 900 jobs and close its Bristol depot.", MERGE)]),
    ("c06", "https://www.cnbc.com/2026/11/04/lorvik-earnings", "CNBC",
     "Lorvik beats forecasts as cloud revenue surges",
     "Lorvik Software beat analysts' forecasts for the third quarter as cloud revenue surged 31% to $2.4 billion. "
     "Its rival Castellan missed estimates on the same day. Lorvik raised its full-year outlook, while Castellan "
     "lowered its own. Lorvik shares outperformed the Nasdaq by 6 points.",
     [("Cloud revenue at Lorvik Software surged 31% to $2.4 billion in the third quarter.", S),
      ("Lorvik raised its full-year outlook while Castellan lowered its own.", S),
      ("Castellan, a rival of Lorvik, missed estimates on the same day.", S),
      ("Lorvik Software fell short of analysts' forecasts for the third quarter.", DIR),
      ("Castellan beat estimates on the same day.", DIR),
      ("Lorvik shares underperformed the Nasdaq by 6 points.", DIR),
      ("Castellan raised its full-year outlook, while Lorvik lowered its own.", ACT),
      ("Castellan's cloud revenue surged 31% to $2.4 billion.", ACT),
      ("Lorvik said it would buy back $5 billion of its shares.", CLAIM)]),
    ("c07", "https://apnews.com/article/kestrava-strike", "AP",
     "Kestrava dockworkers end strike after port deal",
     "Dockworkers at the port of Kestrava ended a nine-day strike after the Unity union reached a deal with port "
     "operator Halden Terminals. The agreement was brokered by the labour ministry on behalf of the government. "
     "Wages will rise 7% over two years. Shipping line Arvos had diverted 14 vessels during the strike.",
     [("The Unity union reached a deal with Halden Terminals, ending a nine-day strike at Kestrava.", S),
      ("The labour ministry brokered the agreement on behalf of the government.", S),
      ("During the strike, shipping line Arvos diverted 14 vessels.", S),
      ("The Unity union failed to reach a deal with port operator Halden Terminals.", DIR),
      ("Wages will fall 7% over two years.", DIR),
      ("Halden Terminals brokered the agreement on behalf of the government.", ACT),
      ("Arvos reached a deal with the Unity union to end the strike.", ACT),
      ("Halden Terminals had diverted 14 vessels during the strike.", ACT),
      ("The strike ended after the government threatened to send in the army.", CAUSE)]),
    ("c08", "https://techcrunch.com/2026/11/03/pellow-raises", "TechCrunch",
     "Pellow raises $85 million led by Birchline",
     "Pellow, a payroll startup, raised $85 million in a round led by Birchline Ventures, with Oakum Capital and "
     "Sedge Partners joining. The round doubles Pellow's valuation to $900 million. Pellow was founded by Ama Ofori "
     "after she left Greystone Bank. The startup competes with Tamber, which cut its prices in March.",
     [("Payroll startup Pellow raised $85 million in a round that Birchline Ventures led.", S),
      ("Oakum Capital and Sedge Partners joined Birchline Ventures in Pellow's $85 million round.", S),
      ("Ama Ofori founded Pellow after leaving Greystone Bank.", S),
      ("Oakum Capital led Pellow's $85 million round.", ACT),
      ("Tamber raised $85 million in a round led by Birchline Ventures.", ACT),
      ("Ama Ofori founded Tamber after she left Greystone Bank.", ACT),
      ("The round halves Pellow's valuation to $900 million.", DIR),
      ("Tamber raised its prices in March.", DIR),
      ("Pellow will use the money to expand into Brazil.", CLAIM)]),
    ("c09", "https://www.politico.eu/article/velmar-ban-lifted", "Politico Europe",
     "Velmar lifts ban on Drossel imports",
     "Velmar lifted its ban on poultry imports from Drossel on Wednesday, ending a two-year dispute. The decision "
     "followed an inspection by the European Commission that found no trace of the disease. Drossel's farm "
     "minister Jonas Veit welcomed the move. Neighbouring Ostria kept its own ban in place.",
     [("Velmar ended its two-year ban on Drossel poultry imports on Wednesday.", S),
      ("Jonas Veit, Drossel's farm minister, welcomed the decision.", S),
      ("The decision came after a European Commission inspection found no trace of the disease.", S),
      ("Velmar imposed a ban on poultry imports from Drossel on Wednesday.", DIR),
      ("Ostria lifted its ban on poultry imports from Drossel.", ACT),
      ("Drossel lifted its ban on poultry imports from Velmar.", ACT),
      ("Velmar's farm minister Jonas Veit welcomed the move.", ACT),
      ("An inspection by the European Commission found traces of the disease.", DIR),
      ("Velmar lifted the ban after Drossel agreed to pay compensation.", CAUSE)]),
    ("c10", "https://www.nikkei.com/asia/harune-chips", "Nikkei Asia",
     "Harune to supply chips to Corrin under new deal",
     "Harune Semiconductor will supply memory chips to carmaker Corrin under a five-year agreement, replacing "
     "Taiwan's Lixon as Corrin's main supplier. Corrin had been hit by shortages after Lixon's plant flooded in "
     "July. Harune's shares gained 9% in Tokyo, while Lixon's slid 5%.",
     [("Carmaker Corrin will get memory chips from Harune Semiconductor under a five-year agreement.", S),
      ("Harune replaces Lixon as Corrin's main chip supplier.", S),
      ("Lixon's shares slid 5%, while Harune's gained 9% in Tokyo.", S),
      ("Corrin will supply memory chips to Harune Semiconductor under a five-year agreement.", ACT),
      ("Lixon will supply memory chips to Corrin under a five-year agreement.", ACT),
      ("Corrin replaces Lixon as Harune's main supplier.", ACT),
      ("Harune's shares lost 9% in Tokyo.", DIR),
      ("Lixon's shares advanced 5%.", DIR),
      ("Harune will build a new chip plant in Osaka to serve Corrin.", CLAIM)]),
    ("c11", "https://www.reuters.com/markets/dunlin-fined", "Reuters",
     "Dunlin Bank fined $45 million by regulator",
     "Dunlin Bank was fined $45 million by the Financial Conduct Office for failing to stop money laundering. The "
     "regulator said Dunlin's rival Perrow Bank had reported the suspicious transfers first. Dunlin said it had "
     "tightened its checks since 2023. Its shares were little changed.",
     [("The Financial Conduct Office fined Dunlin Bank $45 million for failing to stop money laundering.", S),
      ("According to the regulator, Perrow Bank reported the suspicious transfers first.", S),
      ("Dunlin said its checks had been tightened since 2023.", S),
      ("Perrow Bank was fined $45 million by the Financial Conduct Office.", ACT),
      ("Dunlin Bank fined the Financial Conduct Office $45 million.", ACT),
      ("The regulator said Dunlin Bank had reported the suspicious transfers first.", ACT),
      ("Dunlin said it had loosened its checks since 2023.", DIR),
      ("Dunlin shares plunged after the fine.", DIR),
      ("Dunlin's chief executive resigned after the fine.", CLAIM)]),
    ("c12", "https://www.bbc.co.uk/news/business-carrow-rail", "BBC",
     "Carrow Rail contract awarded to Westlane",
     "The government awarded the Carrow Rail franchise to Westlane Trains, ending Ferris Group's 12-year run. "
     "Westlane was chosen over Ferris and a bid from Torrin Transit. Fares will be frozen for two years under the "
     "new contract, the transport secretary Amal Reza said. Passenger numbers on the line rose 11% last year.",
     [("Westlane Trains won the Carrow Rail franchise, ending Ferris Group's 12-year run.", S),
      ("Transport secretary Amal Reza said fares would be frozen for two years under the new contract.", S),
      ("Westlane was picked over Ferris Group and Torrin Transit.", S),
      ("The government awarded the Carrow Rail franchise to Torrin Transit.", ACT),
      ("Ferris Group was chosen over Westlane and Torrin Transit.", ACT),
      ("Fares will be raised for two years under the new contract.", DIR),
      ("Passenger numbers on the line shrank 11% last year.", DIR),
      ("Ferris Group said it would appeal against the decision.", CLAIM)]),
    ("c13", "https://www.theguardian.com/business/marlin-appoints", "The Guardian",
     "Marlin names former Tessel boss as chief executive",
     "Marlin Foods appointed Ruth Okafor, the former head of rival Tessel, as chief executive, replacing Ian Pike, "
     "who retired after nine years. Okafor had expanded Tessel's snack business into Asia. Marlin's profit "
     "declined 8% last year as costs climbed. Investors including Falk Capital had pushed for a new leader.",
     [("Ruth Okafor, formerly head of Tessel, was appointed chief executive of Marlin Foods.", S),
      ("Okafor replaces Ian Pike, who retired after nine years.", S),
      ("Falk Capital was among the investors that had pushed for a new leader at Marlin.", S),
      ("Tessel appointed Ruth Okafor as chief executive.", ACT),
      ("Ian Pike replaces Ruth Okafor as chief executive of Marlin Foods.", ACT),
      ("Ian Pike had expanded Tessel's snack business into Asia.", ACT),
      ("Marlin's profit improved 8% last year as costs climbed.", DIR),
      ("Marlin's profit declined 8% last year as costs eased.", DIR),
      ("Okafor had shrunk Tessel's snack business in Asia.", DIR),
      ("Okafor plans to sell Marlin's frozen food unit.", CLAIM)]),
    ("c14", "https://www.economist.com/asterland-exports", "The Economist",
     "Asterland's trade surplus widens as exports climb",
     "Asterland's trade surplus widened to $12 billion in October as exports to Norvik climbed 19%. Imports "
     "from Norvik weakened for a third month. The surplus was larger than the $9 billion economists had "
     "expected. Norvik's trade minister blamed a stronger Asterland currency for the gap.",
     [("Exports from Asterland to Norvik climbed 19% in October, widening its trade surplus to $12 billion.", S),
      ("The $12 billion surplus was larger than economists had expected.", S),
      ("Imports from Norvik weakened for a third month.", S),
      ("Asterland's trade surplus narrowed to $12 billion in October.", DIR),
      ("The surplus was smaller than the $9 billion economists had expected.", DIR),
      ("Asterland's trade deficit widened to $12 billion in October.", DIR),
      ("Imports from Norvik strengthened for a third month.", DIR),
      ("Asterland's trade minister blamed a stronger Norvik currency for the gap.", ACT),
      ("Norvik's trade surplus widened to $12 billion as exports to Asterland climbed 19%.", ACT)]),
    ("c15", "https://www.axios.com/2026/11/02/serrat-merger-blocked", "Axios",
     "Regulator blocks Serrat's merger with Pindle",
     "Competition regulator the Trade Authority blocked Serrat Telecom's planned merger with Pindle, saying it "
     "would raise prices for 9 million customers. Serrat had offered to sell 2,000 masts to rival Ovoline to win "
     "approval. Pindle's parent, Garro Group, said it was disappointed.",
     [("The Trade Authority blocked the planned merger of Serrat Telecom and Pindle.", S),
      ("Pindle's merger with Serrat Telecom was blocked by the Trade Authority.", S),
      ("Garro Group, Pindle's parent, said it was disappointed.", S),
      ("The Trade Authority approved Serrat Telecom's planned merger with Pindle.", DIR),
      ("The regulator said the merger would lower prices for 9 million customers.", DIR),
      ("Ovoline had offered to sell 2,000 masts to Serrat to win approval.", ACT),
      ("Serrat's parent, Garro Group, said it was disappointed.", ACT),
      ("Garro Group blocked Serrat Telecom's planned merger with Pindle.", ACT),
      ("Serrat said it would appeal to the courts.", CLAIM)]),
    ("c16", "https://www.dw.com/en/holm-wind-farm", "DW",
     "Holm picks Vessa to build North Sea wind farm",
     "Energy group Holm chose Danish firm Vessa to build its 1.2 gigawatt North Sea wind farm, after Trelkin "
     "withdrew from the tender. Construction was delayed by a year because of a shortage of installation ships. "
     "The project is backed by a loan from the Nordic Investment Fund. Vessa's order book grew 40% this year.",
     [("Vessa, a Danish firm, was chosen by Holm to build its 1.2 gigawatt North Sea wind farm.", S),
      ("Trelkin withdrew from the tender, and Holm picked Vessa.", S),
      ("A shortage of installation ships delayed construction by a year.", S),
      ("Trelkin was chosen by Holm to build its North Sea wind farm.", ACT),
      ("Vessa withdrew from the tender for the North Sea wind farm.", ACT),
      ("Vessa chose Holm to build its 1.2 gigawatt North Sea wind farm.", ACT),
      ("Construction was brought forward by a year.", DIR),
      ("Vessa's order book shrank 40% this year.", DIR),
      ("The project is backed by a grant from the European Union.", CLAIM)]),
    ("c17", "https://www.reuters.com/world/ortega-election", "Reuters",
     "Mira Castell wins Salvera mayoral race",
     "Mira Castell won the Salvera mayoral election with 54% of the vote, defeating incumbent Tomas Reyes. Castell "
     "was endorsed by the Green Alliance and the city's main union. Turnout fell to 41%. Reyes conceded on Sunday "
     "night and congratulated his opponent.",
     [("Incumbent Tomas Reyes was defeated by Mira Castell in the Salvera mayoral election.", S),
      ("With 54% of the vote, Mira Castell won the race for mayor of Salvera.", S),
      ("Reyes conceded on Sunday night and congratulated Castell.", S),
      ("Tomas Reyes won the Salvera mayoral election, defeating Mira Castell.", ACT),
      ("Reyes was endorsed by the Green Alliance and the city's main union.", ACT),
      ("Castell conceded on Sunday night and congratulated her opponent.", ACT),
      ("Turnout rose to 41%.", DIR),
      ("Mira Castell lost the Salvera mayoral election.", DIR),
      ("Castell promised to make public transport free.", CLAIM)]),
    ("c18", "https://www.ft.com/content/nordhavn-stake", "Financial Times",
     "Nordhavn fund sells stake in Ellery to Brisco",
     "Norwegian wealth fund Nordhavn sold its 8% stake in Ellery Mining to commodity trader Brisco for $600 million. "
     "Ellery's largest shareholder, Caine Holdings, had tried to buy the stake but was outbid. Ellery said it "
     "welcomed Brisco as a long-term investor. Copper prices eased 2% on Tuesday.",
     [("Commodity trader Brisco bought Nordhavn's 8% stake in Ellery Mining for $600 million.", S),
      ("Caine Holdings, Ellery's largest shareholder, was outbid for the stake.", S),
      ("Ellery welcomed Brisco as a long-term investor.", S),
      ("Brisco sold its 8% stake in Ellery Mining to Nordhavn.", ACT),
      ("Caine Holdings bought Nordhavn's 8% stake in Ellery Mining.", ACT),
      ("Nordhavn sold its stake in Caine Holdings to Brisco.", ACT),
      ("Ellery said it welcomed Caine Holdings as a long-term investor.", ACT),
      ("Copper prices firmed 2% on Tuesday.", DIR),
      ("Nordhavn bought an 8% stake in Ellery Mining from Brisco.", DIR),
      ("Nordhavn sold the stake because of pressure from climate campaigners.", CAUSE)]),
    ("c19", "https://www.scmp.com/tech/yanlu-partnership", "South China Morning Post",
     "Yanlu and Brightfold team up on self-driving trucks",
     "Chinese tech group Yanlu formed a partnership with truck maker Brightfold to develop self-driving lorries, "
     "after Brightfold ended a similar deal with Oskar AI. Yanlu will provide the software and Brightfold the "
     "vehicles. Testing will start in Wuhan next spring. Oskar AI's chief executive said the split was amicable.",
     [("Truck maker Brightfold formed a partnership with Yanlu to develop self-driving lorries.", S),
      ("Brightfold will provide the vehicles and Yanlu the software.", S),
      ("Oskar AI's chief executive called the split amicable.", S),
      ("Yanlu will provide the vehicles and Brightfold the software.", ACT),
      ("Yanlu ended a similar deal with Oskar AI before partnering with Brightfold.", ACT),
      ("Oskar AI formed a partnership with Brightfold to develop self-driving lorries.", ACT),
      ("Brightfold's chief executive said the split was amicable.", ACT),
      ("Testing will stop in Wuhan next spring.", DIR),
      ("Yanlu and Brightfold will invest $2 billion in the project.", CLAIM)]),
    ("c20", "https://www.cnbc.com/2026/11/05/ferro-oil-output", "CNBC",
     "Ferro Oil raises output as prices rebound",
     "Ferro Oil increased output at its Gannet field by 15% as crude prices rebounded to $84 a barrel. Its "
     "partner Selk Energy, which owns 30% of the field, had pressed for the increase. Refiner Amber Petroleum "
     "said its margins had thinned. The cartel's members agreed to keep quotas unchanged.",
     [("Crude prices rebounded to $84 a barrel, and Ferro Oil increased output at the Gannet field by 15%.", S),
      ("Selk Energy, which owns 30% of the Gannet field, had pressed Ferro Oil for the increase.", S),
      ("Amber Petroleum, a refiner, said its margins had thinned.", S),
      ("Ferro Oil curtailed output at its Gannet field by 15%.", DIR),
      ("Crude prices slumped to $84 a barrel.", DIR),
      ("Refiner Amber Petroleum said its margins had fattened.", DIR),
      ("Ferro Oil had pressed Selk Energy for the increase.", ACT),
      ("Amber Petroleum increased output at its Gannet field by 15%.", ACT),
      ("Selk Energy said its margins had thinned.", ACT),
      ("The cartel's members agreed to raise quotas.", DIR)]),
    ("c21", "https://www.bloomberg.com/news/quillon-airline", "Bloomberg",
     "Quillon Air orders 60 jets from Averon",
     "Quillon Air ordered 60 narrow-body jets from planemaker Averon, snubbing Averon's rival Stratos, which had "
     "offered a steeper discount. The order, worth $7 billion at list prices, was financed by a group of banks led "
     "by Hallam. Quillon's passenger traffic grew 12% in the first half. Deliveries will start in 2028.",
     [("Planemaker Averon won an order for 60 narrow-body jets from Quillon Air.", S),
      ("Quillon Air snubbed Stratos, which had offered a steeper discount, and ordered 60 jets from Averon.", S),
      ("A group of banks led by Hallam financed the $7 billion order.", S),
      ("Quillon Air ordered 60 narrow-body jets from Stratos.", ACT),
      ("Averon ordered 60 narrow-body jets from Quillon Air.", ACT),
      ("Averon had offered a steeper discount than its rival Stratos.", ACT),
      ("Quillon's passenger traffic contracted 12% in the first half.", DIR),
      ("Stratos had offered a smaller discount.", DIR),
      ("Deliveries will start in 2028, and Quillon will retire its oldest planes.", MERGE)]),
    ("c22", "https://www.lemonde.fr/en/economy/bellac-strike", "Le Monde",
     "Bellac nurses win pay rise after strike threat",
     "Nurses at Bellac's public hospitals won a 6% pay rise after their union, SNP, threatened a national strike. "
     "The health ministry made the offer on Tuesday, days after talks with the hospital federation stalled. "
     "Waiting lists have lengthened by a fifth since 2024, the federation said.",
     [("After the SNP union threatened a national strike, nurses at Bellac's public hospitals won a 6% pay rise.",
       S),
      ("The health ministry made the offer on Tuesday.", S),
      ("The hospital federation said waiting lists had lengthened by a fifth since 2024.", S),
      ("The hospital federation made the offer on Tuesday.", ACT),
      ("The health ministry threatened a national strike.", ACT),
      ("SNP said waiting lists have lengthened by a fifth since 2024.", ACT),
      ("Waiting lists have shortened by a fifth since 2024, the federation said.", DIR),
      ("Nurses at Bellac's public hospitals accepted a 6% pay cut.", DIR),
      ("The nurses won the pay rise after a month-long strike closed emergency wards.", CAUSE)]),
    ("c23", "https://www.reuters.com/tech/zorin-antitrust", "Reuters",
     "Zorin settles antitrust case brought by Hewel",
     "Search company Zorin agreed to pay $210 million to settle an antitrust lawsuit brought by Hewel, a smaller "
     "rival, which had accused it of burying competitors' results. Zorin did not admit wrongdoing. Hewel's traffic "
     "had dwindled by half since 2022. A separate case brought by the state of Arlen continues.",
     [("Zorin will pay $210 million to settle an antitrust lawsuit that Hewel brought.", S),
      ("Zorin did not admit wrongdoing in settling Hewel's antitrust lawsuit.", S),
      ("A separate case, brought by the state of Arlen, continues.", S),
      ("Hewel agreed to pay $210 million to settle an antitrust lawsuit brought by Zorin.", ACT),
      ("The state of Arlen agreed to pay $210 million to settle the lawsuit.", ACT),
      ("Zorin admitted wrongdoing.", DIR),
      ("Hewel's traffic had doubled since 2022.", DIR),
      ("The separate case brought by the state of Arlen was dismissed.", DIR),
      ("Zorin settled because a trial would have exposed its ranking code.", CAUSE)]),
]


def main() -> None:
    arts, rows = build(ARTICLES, "k", "calibration")
    write_jsonl("cal2-articles.jsonl", arts)
    write_jsonl("cal2-sentences.jsonl", rows)
    print(f"{len(arts)} articles, {len(rows)} sentences")



if __name__ == "__main__":
    main()
