"""Build the third EVALUATION part of the claim-support set (issue 10, fourth round):
tests/data/support/eval3-articles.jsonl and eval3-sentences.jsonl (run once; the output is frozen and committed
ALONE, BEFORE any change to the checker in that round, and the checker is not run on it before the round's single
evaluation run).

    python benchmarks/make_support_eval3.py

Every article and sentence here was written by hand for this file, in a style unlike the earlier parts: other
topics (courts, sport business, shipping, retail, public finance) and other sentence shapes (a quote or a date
first, participial openings, "according to", long noun phrases, a speaker named by role in one sentence and by
name in another). Faithful paraphrases (origin "paraphrase") are of the kinds a writer produces: voice changed,
clauses reordered, an attribution added or moved, a speaker named differently ("the chief executive" / her name),
a shortened lead, synonyms, a figure restated as the source gives it. Unsupported sentences (origin "planted"):
unsupported claims, wrong actors, wrong directions, wrong figures, invented causes, two events merged (citing both
articles), content-free sentences. Every row belongs to the split "evaluation3".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support_gen import ACT, CAUSE, CF, CLAIM, DIR, FIG, MERGE, S, build, write_jsonl  # noqa: E402

# (id, url, source, title, body, [(sentence, error)])   error "none" = a faithful paraphrase (supported).
# A MERGE sentence cites this article and the NEXT one in the list (the last one: the first).
ARTICLES = [
    ("t01", "https://www.ft.com/content/harrowgate-appeal-fine", "Financial Times",
     "Court of appeal cuts Harrowgate Water fine to 41 million pounds",
     "A fine imposed on Harrowgate Water for sewage spills was reduced to 41 million pounds by the Court of Appeal "
     "on Tuesday. The regulator Ofwat had fined the utility 66 million pounds in March. Lord Justice Amery, writing "
     "for the three judges, said the original penalty had counted the same spills twice. Ofwat said it would not "
     "appeal further. Harrowgate's chief executive, Helen Marsh, said the company would spend the money it saved on "
     "new storm tanks.",
     [("The Court of Appeal on Tuesday reduced Harrowgate Water's fine for sewage spills to 41 million pounds.", S),
      ("Harrowgate Water had been fined 66 million pounds by Ofwat in March.", S),
      ("According to Lord Justice Amery, the original penalty had counted the same spills twice.", S),
      ("Helen Marsh said the company would spend the money it saved on new storm tanks.", S),
      ("Ofwat, the regulator, said it would not appeal further.", S),
      ("The Court of Appeal raised Harrowgate Water's fine to 41 million pounds.", DIR),
      ("Ofwat said it would appeal the ruling to the Supreme Court.", DIR),
      ("Harrowgate Water had been fined 76 million pounds by Ofwat in March.", FIG),
      ("Helen Marsh said the original penalty had counted the same spills twice.", ACT),
      ("The fine was cut because Harrowgate had already paid compensation to households.", CAUSE),
      ("Harrowgate Water will raise customer bills by 4% next year.", CLAIM),
      ("Harrowgate Water's fine was cut to 41 million pounds as Brenmoor United sold a stake to Calloway "
       "Capital.", MERGE)]),
    ("t02", "https://www.theathletic.com/brenmoor-united-stake-sale", "The Athletic",
     "Brenmoor United sells 30% stake to US fund Calloway Capital",
     "Calloway Capital, a New York investment fund, has bought 30% of Brenmoor United for 210 million pounds, the "
     "club announced on Friday. The deal values the second-tier club at 700 million pounds including debt. The Ashby "
     "family, which has owned Brenmoor since 1987, keeps a majority. Chairman Robert Ashby said the money would pay "
     "for a new training ground. Supporters' groups criticised the sale, saying they had not been consulted.",
     [("Brenmoor United said on Friday that Calloway Capital had bought 30% of the club for 210 million pounds.", S),
      ("A 30% stake in Brenmoor United has been bought by New York fund Calloway Capital.", S),
      ("The deal values Brenmoor at 700 million pounds including debt.", S),
      ("The money will pay for a new training ground, chairman Robert Ashby said.", S),
      ("Saying they had not been consulted, supporters' groups criticised the sale.", S),
      ("Brenmoor United bought 30% of Calloway Capital for 210 million pounds.", ACT),
      ("Calloway Capital now owns a majority of Brenmoor United.", ACT),
      ("Calloway Capital paid 120 million pounds for the stake.", FIG),
      ("Supporters' groups welcomed the sale.", DIR),
      ("The Ashby family sold the stake because the club could not pay its players' wages.", CAUSE),
      ("Calloway Capital also owns a basketball team in Chicago.", CLAIM),
      ("Robert Ashby said he would step down as chairman next year.", CLAIM)]),
    ("t03", "https://www.lloydslist.com/ostrava-line-red-sea", "Lloyd's List",
     "Ostrava Line returns ships to the Red Sea route",
     "Ostrava Line will send its Asia-Europe container ships back through the Suez Canal from January, ending a "
     "two-year diversion around the Cape of Good Hope. The Danish carrier said the shorter route would cut each "
     "round trip by 12 days. Freight rates on the route fell 6% on the news, according to the Drewry index. Rival "
     "Kessel Shipping said it would keep its ships on the longer route for now. \"Security has improved enough for us "
     "to return,\" said Ostrava's operations chief, Lars Engholm.",
     [("From January, Ostrava Line's Asia-Europe container ships will go back through the Suez Canal.", S),
      ("The Danish carrier said using the shorter route would cut each round trip by 12 days.", S),
      ("According to the Drewry index, freight rates on the route fell 6% on the news.", S),
      ("Lars Engholm, Ostrava's operations chief, said security had improved enough for the carrier to return.", S),
      ("Kessel Shipping, a rival, said it would keep its ships on the longer route for now.", S),
      ("Kessel Shipping will send its ships back through the Suez Canal from January.", ACT),
      ("Freight rates on the route rose 6% on the news.", DIR),
      ("The shorter route will cut each round trip by 21 days.", FIG),
      ("Ostrava Line returned to the Suez route because insurers lowered their premiums.", CAUSE),
      ("Ostrava Line will add three new ships to the route.", CLAIM),
      ("Ostrava Line will return to the Suez Canal as Lindqvist cut 1,200 jobs in its stores.", MERGE),
      ("More updates will follow.", CF)]),
    ("t04", "https://www.retaildive.com/lindqvist-store-closures", "Retail Dive",
     "Lindqvist to close 48 stores and cut 1,200 jobs",
     "Swedish furniture retailer Lindqvist will close 48 of its 310 stores by the end of next year, cutting about "
     "1,200 jobs. Online orders now make up 38% of the group's sales, up from 22% in 2022. The closures will cost "
     "about 90 million euros, chief financial officer Sara Brandt told analysts. Most of the shops to be shut are in "
     "Germany and the Netherlands. Lindqvist shares gained 3% in Stockholm.",
     [("Lindqvist, the Swedish furniture retailer, plans to shut 48 of its 310 stores by the end of next year.", S),
      ("About 1,200 jobs will go as Lindqvist closes 48 stores.", S),
      ("Online orders account for 38% of Lindqvist's sales, up from 22% in 2022.", S),
      ("Chief financial officer Sara Brandt told analysts the closures would cost about 90 million euros.", S),
      ("Shares in Lindqvist gained 3% in Stockholm.", S),
      ("Lindqvist will open 48 new stores by the end of next year.", DIR),
      ("Online orders now make up 38% of sales, down from 52% in 2022.", DIR),
      ("The closures will cost about 190 million euros.", FIG),
      ("Most of the shops to be shut are in France and Spain.", CLAIM),
      ("Lindqvist is closing stores because rents in Germany doubled.", CAUSE),
      ("Lindqvist will sell its Dutch business to a local rival.", CLAIM),
      ("Cuts were announced.", CF)]),
    ("t05", "https://www.reuters.com/world/velland-budget-deficit", "Reuters",
     "Velland budget deficit narrows to 2.9% of GDP",
     "Velland's budget deficit narrowed to 2.9% of gross domestic product last year from 4.1% a year earlier, the "
     "finance ministry said on Monday, as tax receipts rose faster than spending. Public debt stood at 68% of GDP. "
     "Finance minister Anja Korhonen said the government would keep its planned tax cut for low earners. The "
     "opposition Centre Party said the figures hid a rise in defence spending. Rating agency Fitch affirmed the "
     "country's AA rating in October.",
     [("The finance ministry said Velland's budget deficit fell to 2.9% of GDP last year, from 4.1% a year "
       "earlier.", S),
      ("Tax receipts rose faster than spending, narrowing Velland's deficit to 2.9% of GDP.", S),
      ("Velland's public debt stood at 68% of GDP.", S),
      ("The planned tax cut for low earners will stay, finance minister Anja Korhonen said.", S),
      ("Fitch affirmed Velland's AA rating in October.", S),
      ("Velland's budget deficit widened to 2.9% of GDP last year.", DIR),
      ("Public debt stood at 86% of GDP.", FIG),
      ("The Centre Party said the government would keep its planned tax cut for low earners.", ACT),
      ("Anja Korhonen said the figures hid a rise in defence spending.", ACT),
      ("Fitch downgraded Velland's rating in October.", DIR),
      ("The deficit narrowed because the government sold its stake in the national airline.", CAUSE),
      ("Velland's deficit narrowed to 2.9% of GDP as Judge Okafor blocked the Tarrant and Meade merger.",
       MERGE)]),
    ("t06", "https://www.bloomberg.com/news/tarrant-meade-merger-blocked", "Bloomberg",
     "Judge blocks Tarrant's takeover of grocery rival Meade",
     "A federal judge in Ohio on Wednesday blocked grocery chain Tarrant's 9.6 billion dollar purchase of rival Meade "
     "Foods, siding with the Federal Trade Commission. Judge Grace Okafor ruled that the deal would raise prices for "
     "shoppers in 14 states. Tarrant said it was reviewing the decision and might appeal. Meade shares slid 11% in "
     "after-hours trading. The FTC had sued to stop the merger in February.",
     [("Judge Grace Okafor blocked Tarrant's 9.6 billion dollar purchase of Meade Foods.", S),
      ("Siding with the Federal Trade Commission, a federal judge in Ohio blocked Tarrant's takeover of Meade.", S),
      ("The deal would raise prices for shoppers in 14 states, the judge ruled.", S),
      ("Tarrant said it might appeal and was reviewing the decision.", S),
      ("In February the FTC had sued to stop the merger.", S),
      ("Meade Foods' purchase of Tarrant was blocked by a federal judge.", ACT),
      ("Tarrant sued to stop the merger in February.", ACT),
      ("Meade shares jumped 11% in after-hours trading.", DIR),
      ("Judge Grace Okafor approved Tarrant's purchase of Meade Foods.", DIR),
      ("The judge ruled that the deal would raise prices for shoppers in 41 states.", FIG),
      ("Tarrant said it would drop the deal and pay Meade a break-up fee.", CLAIM),
      ("Tarrant and Meade compete for shoppers.", CF)]),
    ("t07", "https://www.sportspromedia.com/northline-league-tv-deal", "SportsPro",
     "Northline Basketball League signs 1.1 billion dollar TV deal with Halo Media",
     "The Northline Basketball League has agreed a six-year broadcast deal with streaming group Halo Media worth 1.1 "
     "billion dollars, more than double its current contract. Halo will show 90 games a season, with the rest on "
     "free-to-air channel NBX. Commissioner Dana Whitfield said teams would share the money equally. The current deal "
     "with Corran Sports ends in June. Halo outbid Corran and a third bidder, the league said.",
     [("Halo Media and the Northline Basketball League have agreed a six-year deal worth 1.1 billion dollars.", S),
      ("The new deal is worth more than double the league's current contract.", S),
      ("Ninety games a season will be shown by Halo, with the rest on free-to-air channel NBX.", S),
      ("Teams will share the money equally, commissioner Dana Whitfield said.", S),
      ("The league said Halo had outbid Corran Sports and a third bidder.", S),
      ("Corran Sports outbid Halo Media for the league's broadcast rights.", ACT),
      ("NBX will show 90 games a season.", ACT),
      ("The deal is worth less than the league's current contract.", DIR),
      ("The broadcast deal runs for nine years.", FIG),
      ("Halo won the rights because the league wanted to reach younger viewers.", CAUSE),
      ("Dana Whitfield said players' salaries would rise by a third.", CLAIM),
      ("The Northline league signed a 1.1 billion dollar TV deal as Porto de Sines handled record container "
       "volumes.", MERGE)]),
    ("t08", "https://www.splash247.com/sines-record-volumes", "Splash247",
     "Port of Sines handles record container volumes",
     "The Portuguese port of Sines handled 2.4 million containers in the first ten months of the year, a record, "
     "port operator PSA Sines said. Volumes rose 17% from a year earlier as carriers diverted ships from northern "
     "European ports hit by strikes. The port plans to lengthen its main quay by 400 metres by 2028. Portugal's "
     "infrastructure minister, Rui Calado, said the state would pay 120 million euros of the 310 million euro cost.",
     [("PSA Sines said the port had handled a record 2.4 million containers in the first ten months of the year.", S),
      ("Volumes rose 17% from a year earlier, as carriers diverted ships from strike-hit northern European ports.", S),
      ("The main quay at Sines will be lengthened by 400 metres by 2028.", S),
      ("Infrastructure minister Rui Calado said the state would pay 120 million euros of the 310 million euro "
       "cost.", S),
      ("Sines, a Portuguese port, handled 2.4 million containers in the first ten months of the year.", S),
      ("Volumes fell 17% from a year earlier.", DIR),
      ("The state will pay 210 million euros of the cost of the quay.", FIG),
      ("The port plans to shorten its main quay by 400 metres.", DIR),
      ("Rui Calado said volumes rose because northern European ports were hit by strikes.", ACT),
      ("Carriers diverted ships to Sines because its fees are the lowest in Europe.", CAUSE),
      ("PSA Sines will hire 600 dock workers next year.", CLAIM),
      ("Port volumes were reported.", CF)]),
    ("t09", "https://www.wsj.com/articles/crestmoor-bankruptcy-plan", "The Wall Street Journal",
     "Bankruptcy judge approves Crestmoor Stores restructuring plan",
     "Crestmoor Stores, the bankrupt department store chain, won court approval on Thursday for a plan that hands "
     "control to its lenders and keeps 112 of its 160 stores open. Judge Martin Feld of the bankruptcy court in "
     "Delaware approved the plan after the pension agency dropped its objection. Lenders led by Hollis Bank will "
     "swap 800 million dollars of debt for equity. Chief executive Paula Reyes said Crestmoor expected to leave "
     "bankruptcy by March. Former shareholders will receive nothing.",
     [("A bankruptcy judge on Thursday approved Crestmoor Stores' plan to hand control to its lenders.", S),
      ("Under the plan, 112 of Crestmoor's 160 stores will stay open.", S),
      ("Lenders led by Hollis Bank will swap 800 million dollars of debt for equity.", S),
      ("Crestmoor expects to leave bankruptcy by March, according to chief executive Paula Reyes.", S),
      ("Judge Martin Feld approved the plan after the pension agency dropped its objection.", S),
      ("Hollis Bank's restructuring plan was approved after Crestmoor dropped its objection.", ACT),
      ("Judge Martin Feld rejected Crestmoor's restructuring plan.", DIR),
      ("The plan keeps 121 of Crestmoor's 160 stores open.", FIG),
      ("Former shareholders will receive 10 cents a share.", FIG),
      ("The pension agency dropped its objection because it was promised a seat on the board.", CAUSE),
      ("Paula Reyes will leave the company when it exits bankruptcy.", CLAIM),
      ("Crestmoor won approval for its bankruptcy plan while Aldermoor council raised council tax by 4.99%.",
       MERGE)]),
    ("t10", "https://www.bbc.co.uk/news/aldermoor-council-tax", "BBC News",
     "Aldermoor council raises council tax by 4.99%",
     "Aldermoor council will raise council tax by 4.99% from April, the maximum allowed without a local vote, after "
     "councillors approved the budget by 31 votes to 22. The council faces a 19 million pound gap next year, mainly "
     "from the cost of adult social care. Council leader Priya Shah said libraries would stay open. The "
     "Conservative group proposed a 2.99% rise, which was voted down. A band D home will pay 2,140 pounds a year.",
     [("Councillors in Aldermoor approved a 4.99% council tax rise from April, by 31 votes to 22.", S),
      ("The 4.99% rise is the maximum allowed without a local vote.", S),
      ("Aldermoor faces a 19 million pound gap next year, mainly from the cost of adult social care.", S),
      ("Libraries will stay open, said council leader Priya Shah.", S),
      ("A proposal by the Conservative group for a 2.99% rise was voted down.", S),
      ("Aldermoor council will cut council tax by 4.99% from April.", DIR),
      ("Councillors approved the budget by 22 votes to 31.", FIG),
      ("A band D home will pay 2,410 pounds a year.", FIG),
      ("Priya Shah proposed a 2.99% rise, which was voted down.", ACT),
      ("The council raised tax because the government cut its grant by a fifth.", CAUSE),
      ("Priya Shah said two libraries would close next year.", DIR),
      ("N/A", CF)]),
    ("t11", "https://www.theguardian.com/sport/fenwick-rovers-stadium-naming", "The Guardian",
     "Fenwick Rovers sell stadium naming rights to Ardent Energy",
     "Fenwick Rovers have sold the naming rights to their stadium to Ardent Energy in a 10-year deal worth 45 "
     "million pounds, the rugby club said. The ground, known as Mill Lane since 1904, will become the Ardent Arena "
     "from next season. Chief executive Tom Hale said the deal was the largest in the club's history. A fans' "
     "petition against the new name has gathered 8,000 signatures. Ardent, a utility based in Leeds, also sponsors "
     "the club's shirts.",
     [("Ardent Energy has bought the naming rights to Fenwick Rovers' stadium in a 10-year deal worth 45 million "
       "pounds.", S),
      ("From next season Mill Lane, the ground's name since 1904, will become the Ardent Arena.", S),
      ("Tom Hale, the club's chief executive, said the deal was the largest in its history.", S),
      ("A petition by fans against the new name has gathered 8,000 signatures.", S),
      ("The Leeds-based utility already sponsors the rugby club's shirts.", S),
      ("Fenwick Rovers bought the naming rights to Ardent Energy's headquarters.", ACT),
      ("The naming deal runs for 15 years.", FIG),
      ("A fans' petition in favour of the new name has gathered 8,000 signatures.", DIR),
      ("Tom Hale said the fans' petition would be ignored.", CLAIM),
      ("Ardent bought the naming rights because it is moving its headquarters to Fenwick.", CAUSE),
      ("The Ardent Arena deal was signed as Brightwater Cruises cancelled three sailings.", MERGE),
      ("Details were not disclosed.", CF)]),
    ("t12", "https://www.seatrade-cruise.com/brightwater-norovirus", "Seatrade Cruise News",
     "Brightwater Cruises cancels three sailings after norovirus outbreak",
     "Brightwater Cruises has cancelled the next three sailings of its ship Aurelia after 260 passengers fell ill "
     "with norovirus on a Caribbean voyage. The ship will be cleaned in Miami for two weeks. Passengers on the "
     "cancelled trips will receive full refunds and a 25% credit, the company said. The US Centers for Disease "
     "Control and Prevention sent two inspectors on board. Brightwater shares fell 2.5% in New York.",
     [("After 260 passengers fell ill with norovirus on a Caribbean voyage, Brightwater cancelled the next three "
       "sailings of the Aurelia.", S),
      ("The Aurelia will be cleaned in Miami for two weeks.", S),
      ("Passengers on the cancelled trips will get full refunds and a 25% credit, Brightwater said.", S),
      ("Two inspectors were sent on board by the US Centers for Disease Control and Prevention.", S),
      ("Brightwater shares fell 2.5% in New York.", S),
      ("The CDC cancelled the next three sailings of the Aurelia.", ACT),
      ("Brightwater shares rose 2.5% in New York.", DIR),
      ("Some 620 passengers fell ill with norovirus.", FIG),
      ("Passengers will receive a 50% credit.", FIG),
      ("The outbreak began because a crew member worked while ill.", CAUSE),
      ("Brightwater will sue the supplier of the ship's food.", CLAIM),
      ("Passengers fell ill.", CF)]),
    ("t13", "https://www.ft.com/content/merrow-pension-ruling", "Financial Times",
     "Supreme Court rules Merrow must top up staff pensions",
     "Britain's Supreme Court ruled on Wednesday that engineering group Merrow must pay 340 million pounds into its "
     "staff pension scheme, overturning a lower court decision in the company's favour. The scheme's trustees had "
     "argued that Merrow broke its rules when it cut benefits in 2019. Lady Justice Pryce said the cut needed the "
     "trustees' consent, which was never given. Merrow said it would pay over five years. About 21,000 members are "
     "affected.",
     [("Merrow must pay 340 million pounds into its staff pension scheme, Britain's Supreme Court ruled on "
       "Wednesday.", S),
      ("The ruling overturned a lower court decision that had gone in Merrow's favour.", S),
      ("The trustees argued that Merrow broke the scheme's rules when it cut benefits in 2019.", S),
      ("According to Lady Justice Pryce, the cut needed the trustees' consent, which was never given.", S),
      ("Merrow said it would pay over five years; about 21,000 members are affected.", S),
      ("The trustees must pay 340 million pounds to Merrow, the Supreme Court ruled.", ACT),
      ("The Supreme Court upheld the lower court's decision in Merrow's favour.", DIR),
      ("About 12,000 members are affected.", FIG),
      ("Merrow said it would pay over three years.", FIG),
      ("Merrow cut benefits in 2019 because the scheme's deficit had tripled.", CAUSE),
      ("Merrow said it would appeal to the European Court of Human Rights.", CLAIM),
      ("Merrow must top up staff pensions as Tollund Freight ordered six electric trucks.", MERGE)]),
    ("t14", "https://www.freightwaves.com/tollund-electric-trucks", "FreightWaves",
     "Tollund Freight orders 60 electric trucks from Vanta",
     "Tollund Freight has ordered 60 electric heavy trucks from Swedish maker Vanta for delivery in 2027, the "
     "haulier's largest order of battery vehicles so far. The trucks have a range of 500 kilometres and will serve "
     "routes between Rotterdam and the Ruhr. Half the cost is covered by a Dutch government grant, Tollund said. "
     "Vanta's chief executive, Erik Lund, said the order would keep its new Gothenburg line busy. Tollund runs 1,400 "
     "diesel trucks.",
     [("Swedish maker Vanta has received an order for 60 electric heavy trucks from Tollund Freight.", S),
      ("The trucks, due for delivery in 2027, will serve routes between Rotterdam and the Ruhr.", S),
      ("Tollund said a Dutch government grant covered half the cost.", S),
      ("Erik Lund, Vanta's chief executive, said the order would keep the new Gothenburg line busy.", S),
      ("The trucks have a range of 500 kilometres.", S),
      ("Vanta ordered 60 electric trucks from Tollund Freight.", ACT),
      ("Tollund Freight ordered 600 electric trucks from Vanta.", FIG),
      ("The trucks have a range of 300 kilometres.", FIG),
      ("Tollund said the Dutch government grant covered none of the cost.", DIR),
      ("Tollund ordered the trucks because Rotterdam will ban diesel lorries from 2027.", CAUSE),
      ("Tollund will sell 400 of its diesel trucks.", CLAIM),
      ("More trucks.", CF)]),
    ("t15", "https://www.reuters.com/business/palmera-grocery-price-cap", "Reuters",
     "Palmera caps prices on 200 staples after government pressure",
     "Palmera, the country's largest supermarket chain, will freeze prices on 200 basic goods until the end of "
     "March, following talks with the economy ministry. Economy minister Lucas Ferri had warned retailers that a "
     "windfall tax was possible if food inflation stayed above 8%. Food prices rose 9.2% in the year to October. "
     "Rival chain Duvo said it had no plans to follow. Palmera's chairman, Ines Moura, said suppliers would share "
     "the cost.",
     [("Following talks with the economy ministry, Palmera will freeze prices on 200 basic goods until the end of "
       "March.", S),
      ("Lucas Ferri, the economy minister, had warned retailers that a windfall tax was possible if food inflation "
       "stayed above 8%.", S),
      ("In the year to October food prices rose 9.2%.", S),
      ("Duvo, a rival chain, said it had no plans to follow.", S),
      ("Suppliers will share the cost, Palmera chairman Ines Moura said.", S),
      ("Duvo will freeze prices on 200 basic goods until the end of March.", ACT),
      ("Ines Moura had warned retailers that a windfall tax was possible.", ACT),
      ("Palmera will raise prices on 200 basic goods.", DIR),
      ("Food prices rose 2.9% in the year to October.", FIG),
      ("Palmera froze prices because its sales had fallen for six months.", CAUSE),
      ("The government will introduce a windfall tax on retailers in April.", CLAIM),
      ("Palmera capped prices on 200 staples as Kesteven Shipyard won an order for four ferries.", MERGE)]),
    ("t16", "https://www.tradewindsnews.com/kesteven-ferry-order", "TradeWinds",
     "Kesteven Shipyard wins order for four hybrid ferries",
     "Scottish shipyard Kesteven has won a 260 million pound order to build four hybrid ferries for state operator "
     "Calmar Ferries, securing about 900 jobs until 2030. The ferries will carry 450 passengers each and run on "
     "batteries in port. The yard beat bids from Poland and Turkey. Scotland's transport secretary, Fiona Baird, "
     "said the first vessel should enter service in 2029. Kesteven was nationalised in 2023.",
     [("Calmar Ferries has ordered four hybrid ferries from Kesteven in a 260 million pound deal.", S),
      ("The order secures about 900 jobs at the Scottish yard until 2030.", S),
      ("Each ferry will carry 450 passengers and run on batteries in port.", S),
      ("Kesteven beat bids from Poland and Turkey to win the order.", S),
      ("Transport secretary Fiona Baird said the first vessel should enter service in 2029.", S),
      ("Kesteven ordered four hybrid ferries from Calmar Ferries.", ACT),
      ("A Polish yard beat Kesteven to the order.", ACT),
      ("The order is worth 620 million pounds.", FIG),
      ("The ferries will carry 540 passengers each.", FIG),
      ("Kesteven won the order because it offered the lowest price.", CAUSE),
      ("Fiona Baird said the yard would be privatised after the order.", CLAIM),
      ("Ferries were ordered.", CF)]),
    ("t17", "https://www.espn.com/olympic-sponsor-withdraws", "ESPN",
     "Vireo Motors ends Olympic sponsorship two years early",
     "Carmaker Vireo Motors will end its sponsorship of the Olympic movement after the 2026 Winter Games, two years "
     "before its contract expires, the International Olympic Committee confirmed on Monday. The eight-year deal was "
     "worth about 800 million dollars. Vireo said it would spend the money on football and motor racing instead. "
     "IOC marketing director Claire Dubois said talks with three possible replacements had begun. The carmaker "
     "signed the deal in 2020.",
     [("The IOC confirmed on Monday that Vireo Motors will end its Olympic sponsorship after the 2026 Winter Games.", S),
      ("Vireo is leaving two years before its contract expires.", S),
      ("The eight-year sponsorship deal, signed in 2020, was worth about 800 million dollars.", S),
      ("Vireo said it would spend the money on football and motor racing instead.", S),
      ("Claire Dubois, the IOC's marketing director, said talks with three possible replacements had begun.", S),
      ("The IOC will end its deal with Vireo Motors two years early.", ACT),
      ("Vireo said it would spend more on the Olympics after 2026.", DIR),
      ("The deal was worth about 300 million dollars.", FIG),
      ("The carmaker signed the deal in 2012.", FIG),
      ("Vireo is ending the deal because its car sales fell in Europe.", CAUSE),
      ("Claire Dubois said a new sponsor had already signed.", CLAIM),
      ("Vireo ended its Olympic sponsorship while Tarvik's pension fund sold its oil shares.", MERGE)]),
    ("t18", "https://www.bloomberg.com/news/tarvik-pension-fund-oil", "Bloomberg",
     "Tarvik state pension fund sells all oil and gas shares",
     "Tarvik's state pension fund has sold its entire 4.3 billion dollar holding of oil and gas shares, the fund "
     "said in its annual report on Thursday. The fund returned 7.8% last year, beating its benchmark by 0.4 "
     "percentage points. Parliament ordered the sale in 2024. Chief investment officer Nils Berge said the money had "
     "been moved into renewable energy and government bonds. The fund manages about 310 billion dollars.",
     [("The fund said in its annual report on Thursday that it had sold all 4.3 billion dollars of its oil and gas "
       "shares.", S),
      ("Tarvik's state pension fund returned 7.8% last year, beating its benchmark by 0.4 percentage points.", S),
      ("The sale was ordered by parliament in 2024.", S),
      ("The money went into renewable energy and government bonds, said Nils Berge, the chief investment "
       "officer.", S),
      ("The fund manages about 310 billion dollars.", S),
      ("The fund bought 4.3 billion dollars of oil and gas shares.", DIR),
      ("The fund returned 8.7% last year.", FIG),
      ("The fund missed its benchmark by 0.4 percentage points.", DIR),
      ("Nils Berge ordered the sale in 2024.", ACT),
      ("Parliament ordered the sale after protests by students.", CAUSE),
      ("The fund will also sell its airline shares next year.", CLAIM),
      ("See the annual report.", CF)]),
]

# Two extra faithful paraphrases per article for the kinds the writer produces most (a speaker named by role
# only, a shortened lead), so that the part has at least 90.
EXTRA = {
    "t01": ["Harrowgate's fine was cut to 41 million pounds on appeal.",
            "The utility's chief executive said the money saved would go on new storm tanks."],
    "t02": ["US fund Calloway Capital has taken a 30% stake in Brenmoor United.",
            "The Ashby family, owners since 1987, keeps a majority of the club."],
    "t03": ["Ostrava Line is ending a two-year diversion around the Cape of Good Hope.",
            "The operations chief said security had improved enough for Ostrava to return."],
    "t04": ["Lindqvist will close 48 stores, most of them in Germany and the Netherlands.",
            "The closures will cost about 90 million euros, the retailer's finance chief said."],
    "t05": ["Velland's deficit narrowed to 2.9% of GDP.",
            "The opposition Centre Party said the figures hid a rise in defence spending."],
    "t06": ["A US judge blocked Tarrant's 9.6 billion dollar takeover of Meade Foods.",
            "Meade shares slid 11% in after-hours trading."],
    "t07": ["The current deal with Corran Sports ends in June.",
            "The league's commissioner said teams would share the money equally."],
    "t08": ["Container volumes at Sines hit a record.",
            "The port's main quay will be extended by 400 metres by 2028, with the quay work costing 310 million "
            "euros."],
    "t09": ["Crestmoor's former shareholders will get nothing.",
            "Crestmoor Stores will be handed to its lenders under a plan approved by the court."],
    "t10": ["Aldermoor will raise council tax by 4.99% from April.",
            "The council leader said libraries would stay open."],
    "t11": ["Mill Lane will be renamed the Ardent Arena from next season.",
            "The chief executive said the 45 million pound deal was the largest in the club's history."],
    "t12": ["Brightwater cancelled three sailings of the Aurelia after a norovirus outbreak.",
            "Refunds in full and a 25% credit will go to passengers on the cancelled trips."],
    "t13": ["Merrow lost its pension case at the Supreme Court.",
            "The judge said the trustees never gave their consent to the cut."],
    "t14": ["The order is Tollund's largest of battery vehicles so far.",
            "Tollund, which runs 1,400 diesel trucks, ordered 60 electric ones from Vanta."],
    "t15": ["Palmera will freeze prices on 200 staples until the end of March.",
            "The economy minister had warned of a possible windfall tax."],
    "t16": ["Kesteven, nationalised in 2023, won a 260 million pound ferry order.",
            "The first ferry should enter service in 2029, the transport secretary said."],
    "t17": ["Vireo Motors will stop sponsoring the Olympics two years early.",
            "Talks with three possible replacements have begun, the IOC said."],
    "t18": ["Tarvik's pension fund has sold all its oil and gas shares.",
            "The fund's investment chief said the money went into renewable energy and government bonds."],
}


def main() -> None:
    arts, rows = build(ARTICLES, "w", "evaluation3", merge_next=True, extra=EXTRA)
    write_jsonl("eval3-articles.jsonl", arts)
    write_jsonl("eval3-sentences.jsonl", rows)
    print(f"{len(arts)} articles, {len(rows)} sentences, "
          f"{sum(r['label'] == 'supported' for r in rows)} faithful, {sum(r['label'] != 'supported' for r in rows)} "
          "unsupported")



if __name__ == "__main__":
    main()
