"""Build the fourth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval4-articles.jsonl and eval4-sentences.jsonl (run once; the output is frozen and committed ALONE, written before
any run of the checker on it; the checker is run on it once, by the lead, at the end of the session).

    python benchmarks/make_support_eval4.py

Every article and sentence here was written by hand for this file, on topics and in styles the earlier parts do
not use: AI industry news of the kind Topline reads (a funding round reported by two outlets, an AI chip delay, a
data-centre campus, a privacy fine on a chatbot, an open-weight model launch, an enterprise deal, a data leak
reported by two outlets), agriculture and commodities (coffee, potash, bird flu), aviation (a pilots' strike vote,
a grounding order), telecoms (a spectrum auction, a network outage), pharma trials (a failed and a successful one),
elections and local government (a mayoral race, a referendum) and insurance (a catastrophe bond, a pension
buy-in). Wire and feature styles, quotes, "according to", speakers named by role and by name, figures with units
and currencies, dates.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X reports that", voice changed, clauses reordered, a speaker named by role in one place and by name in
another, synonyms, a figure restated as the source states it, two-sentence summaries of one passage, and analysis
sentences (``kind`` "analysis") that only combine what the cited articles say ("Both outlets put the round at $300
million"). Each is fully supported by one passage (a sentence and its neighbours) of a cited article, checked by
reading. Unsupported sentences (origin "planted"): unsupported claims, wrong actors (also inside noun phrases),
wrong directions, wrong figures, units, currencies and dates (kind "wrong_figure", as in the earlier parts),
invented causes, merged events (citing two articles, a claim that combines them falsely), content-free sentences,
and generic invented analysis (error "generic_analysis", new in this part: an interpretation no cited article
states). Real SmolLM2-135M answers (origin "smollm2") are in SMOLLM2 below, labelled by reading. Every row belongs
to the split "evaluation4"; ids "x0001"...
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support_gen import (ACT, CAUSE, CF, CLAIM, DIR, FIG, GEN, MERGE, S, article_row, check_part,  # noqa: E402
                         load_jsonl, model_sentences, sentence_row, write_jsonl)

AN = "analysis"
EARLIER = ("sentences.jsonl", "cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl",
           "eval2-sentences.jsonl", "eval3-sentences.jsonl")

# (id, url, source, title, body, [entry]); entry = (sentence, error[, other cited article ids[, kind]]).
# error "none" = faithful (supported). kind "analysis" for interpretive sentences (always for generic_analysis).
ARTICLES = [
    ("f01", "https://www.reuters.com/technology/corvid-labs-funding-round", "Reuters",
     "AI startup Corvid Labs raises $300 million as investors chase coding agents",
     "Corvid Labs, a San Francisco startup that builds software agents for programmers, has raised $300 million in "
     "a funding round led by Brightline Capital, the company said on Tuesday. The round values Corvid at $4.2 "
     "billion, up from $700 million when it last raised money in March. Existing investors Halsey Ventures and "
     "Northpoint also took part. Corvid said it would spend most of the money on computing power and on hiring "
     "about 150 engineers in London and Toronto. The company was founded in 2023 by two former researchers at "
     "Google DeepMind, Priya Anand and Tomas Varga, and has about 90 staff. Chief executive Priya Anand said annual "
     "recurring revenue had passed $60 million, three times the level of a year earlier. \"Developers are handing "
     "whole tasks to agents now, not just asking for a line of code,\" she said in an interview. Brightline partner "
     "Owen Reece will join Corvid's board. The startup competes with rivals such as Quarry AI and Tessellate.",
     [("Corvid Labs has raised $300 million in a round led by Brightline Capital.", S),
      ("Reuters reports that the round values Corvid at $4.2 billion, up from $700 million in March.", S),
      ("Halsey Ventures and Northpoint, existing investors, also took part in the round.", S),
      ("Most of the money will go on computing power and on hiring about 150 engineers in London and Toronto, "
       "Corvid said.", S),
      ("Corvid's annual recurring revenue has passed $60 million, three times the level of a year earlier, "
       "according to chief executive Priya Anand.", S),
      ("Anand said developers were now handing whole tasks to agents rather than just asking for a line of "
       "code.", S),
      ("Owen Reece, a partner at Brightline, will join the board of Corvid.", S),
      ("Corvid's chief executive said annual recurring revenue had tripled from a year earlier.", S),
      ("Corvid Labs was founded in 2023 by two former Google DeepMind researchers. It now has about 90 staff.", S),
      ("Halsey Ventures led Corvid's $300 million round.", ACT),
      ("Corvid Labs led a $300 million funding round in Brightline Capital.", ACT),
      ("The round values Corvid at $2.4 billion.", FIG),
      ("Corvid's annual recurring revenue has fallen by a third from a year earlier.", DIR),
      ("Corvid will cut about 150 engineering jobs in London and Toronto.", DIR),
      ("Corvid raised the money because its cloud credits from Google had run out.", CAUSE),
      ("Corvid Labs plans to list its shares in New York in 2027.", CLAIM),
      ("Corvid Labs was founded in 2021.", FIG),
      ("The round signals a broader shift in how investors value AI coding tools.", GEN)]),
    ("f02", "https://techcrunch.com/corvid-labs-series-c", "TechCrunch",
     "Corvid Labs lands $300M Series C to build coding agents",
     "Corvid Labs, which makes AI agents that write and test code, has closed a $300 million Series C led by "
     "Brightline Capital, TechCrunch has learned. The deal values the company at $4.2 billion after the money, "
     "according to two people familiar with the round. Corvid's agents are used by about 1,800 companies, including "
     "the payments firm Talmont and the game studio Ninefold. Co-founder and chief technology officer Tomas Varga "
     "said the company was training its own model for reviewing code rather than relying only on models from "
     "OpenAI and Anthropic. \"The review step is where our customers lose the most time,\" Varga said. Corvid has "
     "now raised $410 million in total. The round comes a month after rival Quarry AI raised $150 million at a "
     "valuation of $1.5 billion. Brightline, which manages about $9 billion, has backed three other developer-tools "
     "companies this year.",
     [("TechCrunch reports that Corvid Labs has closed a $300 million Series C led by Brightline Capital.", S),
      ("About 1,800 companies use Corvid's agents, among them payments firm Talmont and game studio Ninefold.", S),
      ("Corvid is training its own code-review model rather than relying only on OpenAI's and Anthropic's "
       "models, chief technology officer Tomas Varga said.", S),
      ("Corvid has raised $410 million in total.", S),
      ("Rival Quarry AI raised $150 million a month earlier at a $1.5 billion valuation.", S),
      ("The CTO said the review step was where Corvid's customers lost the most time.", S),
      ("Brightline Capital, which manages about $9 billion, has backed three other developer-tools companies "
       "this year.", S),
      ("Both Reuters and TechCrunch put Corvid's round at $300 million, led by Brightline Capital.", S, ("f01",),
       AN),
      ("Both reports value Corvid at $4.2 billion after the round.", S, ("f01",), AN),
      ("Quarry AI closed a $300 million Series C led by Brightline Capital.", ACT),
      ("Talmont and Ninefold invested in Corvid's Series C.", ACT),
      ("Corvid's agents are used by about 8,100 companies.", FIG),
      ("Tomas Varga said Corvid would stop training its own model and rely on OpenAI's instead.", DIR),
      ("Corvid raised its Series C after OpenAI cut the price of its coding models.", CAUSE),
      ("Both outlets report that Corvid's revenue tripled in a year.", CLAIM, ("f01",), AN),
      ("Corvid Labs has delayed its Kiln 3 chip to the third quarter of 2027.", MERGE, ("f03",)),
      ("Investors are increasingly optimistic about AI coding agents.", GEN)]),
    ("f03", "https://www.bloomberg.com/news/sennet-kiln-3-delay", "Bloomberg",
     "Sennet delays Kiln 3 AI chip to 2027 on packaging shortage",
     "Sennet Semiconductor has pushed back shipments of its Kiln 3 artificial-intelligence accelerator to the third "
     "quarter of 2027, six months later than planned, because its packaging supplier cannot make enough of the "
     "advanced chip packages it needs. The Austin-based company disclosed the delay in a filing on Wednesday and cut "
     "its revenue forecast for next year to $5.1 billion from $5.8 billion. Its shares fell 14% in extended trading. "
     "Kiln 3 is made by Taiwan Semiconductor Manufacturing Co. and packaged by Orient Assembly, a Malaysian firm "
     "that is building a second plant in Penang. Chief executive Marcus Hale told analysts that two large cloud "
     "customers had agreed to take Kiln 2 chips in the meantime. \"We would rather ship late than ship something "
     "that fails in the field,\" Hale said. Analysts at Bernstein said the delay could push some buyers toward "
     "Nvidia.",
     [("Sennet Semiconductor has delayed its Kiln 3 AI accelerator to the third quarter of 2027, six months later "
       "than planned.", S),
      ("Shipments were pushed back because Sennet's packaging supplier cannot make enough of the advanced chip "
       "packages Kiln 3 needs.", S),
      ("Sennet cut its revenue forecast for next year to $5.1 billion from $5.8 billion.", S),
      ("Sennet shares fell 14% in extended trading.", S),
      ("Orient Assembly, a Malaysian firm building a second plant in Penang, packages the Kiln 3 chips.", S),
      ("Two large cloud customers have agreed to take Kiln 2 chips in the meantime, chief executive Marcus Hale "
       "told analysts.", S),
      ("Hale said Sennet would rather ship late than ship something that fails in the field.", S),
      ("According to Bernstein analysts, the delay could push some buyers toward Nvidia.", S),
      ("Sennet has brought forward shipments of Kiln 3 to the third quarter of 2027.", DIR),
      ("Sennet raised its revenue forecast for next year to $5.1 billion.", DIR),
      ("Sennet cut its revenue forecast to $5.1 billion from $8.5 billion.", FIG),
      ("Orient Assembly makes the Kiln 3 chips, which Taiwan Semiconductor Manufacturing Co. packages.", ACT),
      ("Nvidia said the delay could push some buyers toward Sennet.", ACT),
      ("Orient Assembly's Kiln 3 accelerator has been delayed to the third quarter of 2027.", ACT),
      ("Two large cloud customers have cancelled their Kiln 3 orders.", CLAIM),
      ("The delay follows a fire at Orient Assembly's plant in Penang.", CAUSE),
      ("Kiln 3 shipments have been delayed until 2028.", FIG),
      ("Sennet: more details to follow.", CF),
      ("The delay highlights growing strains across the AI supply chain.", GEN)]),
    ("f04", "https://www.datacenterdynamics.com/halden-aragon-campus", "DatacenterDynamics",
     "Halden Cloud plans 400 MW data centre campus in Aragon",
     "Halden Cloud will build a 400-megawatt data centre campus near Zaragoza in north-east Spain, investing 2.6 "
     "billion euros over six years, the company and the regional government of Aragon announced on Thursday. The "
     "first 100 MW building is due to open in 2028. The campus will be cooled with recycled water from a municipal "
     "treatment plant rather than river water, after farmers' groups objected to an earlier design. Aragon's economy "
     "councillor, Marta Gil, said the project would create 350 permanent jobs and about 2,000 during construction. "
     "Halden, which is owned by the Canadian pension fund Laurent Infrastructure, already runs sites in Dublin and "
     "Frankfurt. Power will come from a 600 MW solar farm being built nearby by the utility Iberdrola under a "
     "20-year supply contract. Spain's grid operator has not yet approved the connection.",
     [("Halden Cloud is to build a 400 MW data centre campus near Zaragoza, investing 2.6 billion euros over six "
       "years.", S),
      ("The campus's first 100 MW building is due to open in 2028.", S),
      ("After farmers' groups objected to an earlier design, the campus will be cooled with recycled water from a "
       "municipal treatment plant instead of river water.", S),
      ("Marta Gil, Aragon's economy councillor, said the project would create 350 permanent jobs and about 2,000 "
       "during construction.", S),
      ("Halden is owned by Canadian pension fund Laurent Infrastructure and already runs sites in Dublin and "
       "Frankfurt.", S),
      ("Iberdrola is building a 600 MW solar farm nearby that will supply the campus under a 20-year contract.", S),
      ("The connection has not yet been approved by Spain's grid operator.", S),
      ("Spain's grid operator has approved the campus's connection.", DIR),
      ("Farmers' groups backed the earlier design, which used river water.", DIR),
      ("Laurent Infrastructure is owned by Halden Cloud.", ACT),
      ("Halden Cloud will build the 600 MW solar farm itself.", ACT),
      ("The project will create 2,000 permanent jobs.", FIG),
      ("The first building will open in 2026.", FIG),
      ("Halden will invest 6.2 billion euros in the campus.", FIG),
      ("Halden chose Aragon because the regional government offered it tax breaks.", CAUSE),
      ("The project underlines Spain's growing role as a hub for European AI infrastructure.", GEN)]),
    ("f05", "https://www.politico.eu/article/ireland-dpc-fines-ferrox-ai", "Politico Europe",
     "Irish regulator fines Ferrox AI 12 million euros over chatbot training data",
     "Ireland's Data Protection Commission has fined Ferrox AI 12 million euros for training its chatbot on the "
     "personal data of European users without a valid legal basis, the regulator said on Monday. The Dublin-based "
     "company must also delete, within 90 days, the data of about 3.4 million users who did not consent. The "
     "investigation began in 2024 after a complaint by the Austrian privacy group Noyb. Deputy commissioner Aoife "
     "Brennan said companies could not treat public posts as \"free raw material\" for models. Ferrox said it "
     "disagreed with the decision and would appeal to the Irish High Court. The fine is the largest the regulator "
     "has imposed on an AI company, though well below the 1.2 billion euros it levied on Meta in 2023. Separately, "
     "the EU's rules for general-purpose AI models took effect in August 2025.",
     [("Ireland's Data Protection Commission has fined Ferrox AI 12 million euros over the personal data used to "
       "train its chatbot.", S),
      ("Ferrox must delete, within 90 days, the data of about 3.4 million users who did not consent.", S),
      ("The investigation followed a 2024 complaint by Austrian privacy group Noyb.", S),
      ("Companies cannot treat public posts as \"free raw material\" for models, deputy commissioner Aoife "
       "Brennan said.", S),
      ("Ferrox said it disagreed with the decision and would appeal to the Irish High Court.", S),
      ("Politico Europe reports that the fine is the largest the regulator has imposed on an AI company.", S),
      ("The 12 million euro fine is well below the 1.2 billion euros the regulator levied on Meta in 2023.", S),
      ("Noyb fined Ferrox AI 12 million euros.", ACT),
      ("Ferrox said it accepted the decision and would not appeal.", DIR),
      ("Ferrox must delete the data of about 4.3 million users.", FIG),
      ("The investigation began in 2022.", FIG),
      ("The fine is larger than the one the regulator imposed on Meta in 2023.", DIR),
      ("The regulator acted after Ferrox's chatbot leaked users' messages.", CAUSE),
      ("Ferrox will also be barred from operating in the EU for six months.", CLAIM),
      ("Ferrox AI was fined 12 million euros over Tern-2, its open-weight model.", MERGE, ("f06",))]),
    ("f06", "https://www.theverge.com/mistrand-tern-2-open-model", "The Verge",
     "Mistrand releases Tern-2, an open model it says rivals closed ones",
     "Paris-based Mistrand has released Tern-2, an open-weight language model with 32 billion parameters that the "
     "company says scores within two points of leading closed models on common coding and maths tests. The weights "
     "are free to download under the Apache 2.0 licence, and a smaller version with 8 billion parameters runs on a "
     "laptop with 16GB of memory. Mistrand trained the model over 11 weeks on a cluster of 4,096 chips in Finland. "
     "Chief scientist Léa Moreau said the team had cut training costs by filtering out low-quality web pages rather "
     "than by adding data. Independent testers at the benchmarking group OpenEval found Tern-2 weaker than the "
     "company claimed on long documents: it answered 61% of their questions correctly, against 74% for the best "
     "closed model. Mistrand makes money by selling a hosted version to companies, priced at $0.40 per million "
     "input tokens. The company raised 600 million euros last year.",
     [("Mistrand has released Tern-2, an open-weight model with 32 billion parameters.", S),
      ("Tern-2's weights can be downloaded free under the Apache 2.0 licence.", S),
      ("A smaller version with 8 billion parameters runs on a laptop with 16GB of memory.", S),
      ("Léa Moreau, Mistrand's chief scientist, said training costs were cut by filtering out low-quality web "
       "pages, not by adding data.", S),
      ("OpenEval found Tern-2 answered 61% of its long-document questions correctly, against 74% for the best "
       "closed model.", S),
      ("The Verge reports that Mistrand sells a hosted version of the model to companies at $0.40 per million "
       "input tokens.", S),
      ("The model was trained over 11 weeks on 4,096 chips in Finland.", S),
      ("Independent tests did not fully back Mistrand's claims: OpenEval found Tern-2 weaker on long documents "
       "than the company said.", S, (), AN),
      ("OpenEval found Tern-2 stronger than Mistrand claimed on long documents.", DIR),
      ("Tern-2 has 23 billion parameters.", FIG),
      ("Mistrand charges $4 per million input tokens for the hosted version.", FIG),
      ("Tern-2's weights are available only to paying customers.", DIR),
      ("Léa Moreau said the team had cut costs by adding more data.", DIR),
      ("OpenEval trained Tern-2 on a cluster of 4,096 chips in Finland.", ACT),
      ("Mistrand released Tern-2 to win back customers it had lost to Corvid Labs.", CAUSE),
      ("Tern-2 is the most downloaded open model in Europe.", CLAIM),
      ("Tern-2: details TBA.", CF),
      ("Open models are rapidly closing the gap with closed ones.", GEN)]),
    ("f07", "https://www.insurancejournal.com/garrick-mutual-lumos-ai-claims", "Insurance Journal",
     "Garrick Mutual signs $180 million deal for Lumos AI claims agents",
     "Garrick Mutual, the fourth-largest car insurer in the US Midwest, has signed a five-year, $180 million "
     "contract with Lumos AI to handle routine claims with software agents, the companies said on Tuesday. From "
     "April, the agents will process windscreen and minor collision claims, which make up about 40% of Garrick's "
     "1.1 million claims a year. Human adjusters will still approve any payment above $5,000. Garrick's chief "
     "operating officer, Dana Whitcombe, said no adjusters would lose their jobs and that staff would move to complex "
     "and injury claims. The Ohio insurance department said it would review how the system explains its decisions "
     "to customers. Lumos, based in Boston, counts two other insurers among its customers. Its shares rose 9% on "
     "Nasdaq.",
     [("Lumos AI has won a five-year, $180 million contract from Garrick Mutual to handle routine claims with "
       "software agents.", S),
      ("From April, the agents will process windscreen and minor collision claims, about 40% of Garrick's 1.1 "
       "million claims a year.", S),
      ("Any payment above $5,000 will still need a human adjuster's approval.", S),
      ("Dana Whitcombe, Garrick's chief operating officer, said no adjusters would lose their jobs.", S),
      ("According to Garrick's chief operating officer, staff will move to complex and injury claims.", S),
      ("The Ohio insurance department will review how the system explains its decisions to customers.", S),
      ("Lumos shares rose 9% on Nasdaq.", S),
      ("Lumos AI will pay Garrick Mutual $180 million over five years.", ACT),
      ("Lumos AI's chief operating officer, Dana Whitcombe, said no adjusters would lose their jobs.", ACT),
      ("The agents will approve payments above $5,000 without a human adjuster.", DIR),
      ("Dana Whitcombe said some adjusters would lose their jobs.", DIR),
      ("Routine claims make up about 60% of Garrick's claims.", FIG),
      ("Lumos shares fell 9% on Nasdaq.", DIR),
      ("The Ohio insurance department has approved the system.", CLAIM),
      ("Garrick signed the deal because its claims costs rose 30% last year.", CAUSE),
      ("Lumos AI's claims agents exposed about 1.2 million customer conversations.", MERGE, ("f08",)),
      ("The deal shows insurers are racing to replace human adjusters with AI.", GEN)]),
    ("f08", "https://www.wired.com/story/pallas-ai-chatbot-leak", "Wired",
     "Pallas AI left 1.2 million chatbot conversations in an open database",
     "Pallas AI, which sells a customer-service chatbot to banks and airlines, left a database holding about 1.2 "
     "million customer conversations open on the internet for at least three weeks, according to security "
     "researcher Jonas Keller, who found it. The logs included names, phone numbers and, in some cases, partial card "
     "numbers typed by customers. Keller said he alerted Pallas on October 2 and the database was locked the next "
     "day. Pallas said in a statement that it had found no evidence that anyone other than the researcher had "
     "accessed the data, and that it had notified the data-protection authorities in Germany and the Netherlands. "
     "Two of its customers, the airline Skyvard and the lender Broadmoor Bank, said they were checking whether their "
     "clients were affected. Pallas, which is based in Berlin, raised 45 million euros in January.",
     [("About 1.2 million customer conversations held by Pallas AI were left open on the internet for at least "
       "three weeks, according to the researcher who found them.", S),
      ("The exposed logs included names, phone numbers and in some cases partial card numbers.", S),
      ("Jonas Keller said he alerted Pallas on October 2, and the database was locked the next day.", S),
      ("Pallas said it had found no evidence that anyone but the researcher had accessed the data.", S),
      ("Pallas has notified the data-protection authorities in Germany and the Netherlands.", S),
      ("Skyvard and Broadmoor Bank, two Pallas customers, said they were checking whether their clients were "
       "affected.", S),
      ("Both Wired and Reuters cite the researcher who found the database for the figure of about 1.2 million.", S,
       ("f09",), AN),
      ("Jonas Keller said the database was open for three months.", FIG),
      ("Pallas said hackers had copied the data.", DIR),
      ("Keller alerted Pallas on October 12.", FIG),
      ("The exposed logs included customers' full passwords.", CLAIM),
      ("Broadmoor Bank has suspended its use of the Pallas chatbot.", MERGE, ("f09",)),
      ("The incident is a wake-up call for the whole AI industry.", GEN),
      ("Pallas AI data exposure: N/A", CF)]),
    ("f09", "https://www.reuters.com/technology/pallas-ai-data-exposure", "Reuters",
     "Berlin chatbot maker Pallas AI says client data was exposed",
     "Berlin-based Pallas AI said on Thursday that a misconfigured database had exposed conversations between its "
     "chatbot and the customers of its corporate clients, and that it had hired the security firm Greyline to "
     "investigate. The company did not say how many records were affected; a researcher who found the database put "
     "the number at about 1.2 million. Chief executive Sabine Roth apologised to clients and said the error was made "
     "by an employee who changed a server setting during maintenance. Skyvard, one of the clients, said it had "
     "suspended its use of the chatbot pending the review. Germany's federal data protection office said it was in "
     "contact with the company. Pallas has about 140 employees and counts 60 companies as clients.",
     [("Pallas AI has hired security firm Greyline to investigate a misconfigured database that exposed chatbot "
       "conversations.", S),
      ("Chief executive Sabine Roth said the error was made by an employee who changed a server setting during "
       "maintenance.", S),
      ("Skyvard has suspended its use of the chatbot pending the review, Reuters reports.", S),
      ("Pallas did not say how many records were affected. A researcher who found the database put the number at "
       "about 1.2 million.", S),
      ("Pallas's chief executive apologised to clients.", S),
      ("Germany's federal data protection office said it was in contact with Pallas.", S),
      ("Skyvard appears in both reports as a Pallas client.", S, ("f08",), AN),
      ("Pallas AI said about 1.2 million records were affected.", ACT),
      ("Greyline found the database and alerted Pallas.", ACT),
      ("The exposure was caused by a cyberattack on Pallas's servers.", CAUSE),
      ("Skyvard said it would keep using the chatbot.", DIR),
      ("Sabine Roth resigned after the exposure.", CLAIM),
      ("Pallas has about 1,400 employees.", FIG)]),
    ("f10", "https://www.reuters.com/markets/commodities/conab-arabica-forecast-cut", "Reuters",
     "Brazil cuts arabica crop forecast after dry spell; prices jump",
     "Brazil's national supply company Conab on Tuesday cut its forecast for this year's arabica coffee crop by 8% "
     "to 38.2 million 60-kilogram bags, citing a dry spell during flowering in Minas Gerais. Arabica futures in New "
     "York rose 5.6% to $3.91 a pound, their highest in five weeks. The robusta forecast was raised slightly to 24.9 "
     "million bags, thanks to irrigation in Espírito Santo. \"The rain came late, and many trees dropped their "
     "flowers,\" said Renato Lima, an agronomist with the growers' cooperative Serra Verde. Traders said stocks in "
     "exchange-certified warehouses were at their lowest since 1999. Roasters have raised retail prices twice this "
     "year. Brazil grows about a third of the world's coffee. Conab will publish its next estimate in January.",
     [("Conab cut its arabica crop forecast by 8% to 38.2 million 60-kilogram bags, citing a dry spell during "
       "flowering.", S),
      ("New York arabica futures rose 5.6% to $3.91 a pound, a five-week high.", S),
      ("Thanks to irrigation in Espírito Santo, the robusta forecast was raised slightly to 24.9 million bags.", S),
      ("Agronomist Renato Lima said the rain came late and many trees dropped their flowers.", S),
      ("Stocks in exchange-certified warehouses are at their lowest since 1999, traders said.", S),
      ("Conab's next estimate is due in January.", S),
      ("The two forecasts moved in opposite directions: arabica was cut by 8% and robusta raised slightly.", S, (),
       AN),
      ("Conab raised its arabica crop forecast by 8%.", DIR),
      ("Arabica futures fell 5.6% in New York.", DIR),
      ("Arabica futures rose to $3.19 a pound.", FIG),
      ("Conab's arabica forecast is 38.2 million 60-pound bags.", FIG),
      ("The robusta forecast was cut to 24.9 million bags.", DIR),
      ("Warehouse stocks are at their highest since 1999.", DIR),
      ("Renato Lima said Conab's forecast was too low.", CLAIM),
      ("Arabica prices rose because exporters held back shipments.", CAUSE),
      ("Conab cut its coffee forecast because Norvan Agri's potash halt left growers short of fertiliser.", MERGE,
       ("f11",))]),
    ("f11", "https://www.bloomberg.com/news/norvan-potash-mine-halt", "Bloomberg",
     "Norvan Agri idles Saskatchewan potash mine as prices slump",
     "Fertiliser producer Norvan Agri will halt output at its Belle Plaine potash mine in Saskatchewan for eight "
     "weeks from December, removing about 600,000 tonnes of supply, after prices for the crop nutrient fell to a "
     "four-year low. Potash for delivery to Brazil, the largest importer, has dropped to $285 a tonne from $360 in "
     "June. About 420 miners will be temporarily laid off but will keep 70% of their pay under a union agreement, "
     "the company said. Chief executive Alan Pierce said Norvan would not sell at prices that did not cover its "
     "costs. Norvan's shares rose 3.1% in Toronto as analysts said the cut could support prices. Rival producer "
     "Kaliwerk said it had no plans to reduce output. Norvan is the third-largest potash producer in Canada.",
     [("Norvan Agri will stop production at its Belle Plaine potash mine in Saskatchewan for eight weeks from "
       "December.", S),
      ("The halt removes about 600,000 tonnes of potash supply.", S),
      ("Potash for delivery to Brazil has fallen to $285 a tonne from $360 in June.", S),
      ("About 420 miners will be temporarily laid off, keeping 70% of their pay under a union agreement.", S),
      ("Norvan will not sell below its costs, chief executive Alan Pierce said.", S),
      ("Norvan shares rose 3.1% in Toronto as analysts said the cut could support prices.", S),
      ("Kaliwerk, a rival producer, said it had no plans to reduce output.", S),
      ("Both commodity reports point to rising costs for farmers.", GEN, ("f10",), AN),
      ("Norvan Agri will raise output at Belle Plaine.", DIR),
      ("Potash prices have risen to a four-year high.", DIR),
      ("Potash for Brazil has dropped to $258 a tonne.", FIG),
      ("The halt removes about 600,000 barrels of supply.", FIG),
      ("Kaliwerk will also cut its output.", DIR),
      ("Kaliwerk's shares rose 3.1% in Toronto.", ACT),
      ("About 420 miners will lose their jobs permanently.", DIR),
      ("Norvan idled the mine after it was flooded.", CAUSE),
      ("Mine update.", CF)]),
    ("f12", "https://nltimes.nl/barneveld-bird-flu-cull", "NL Times",
     "Dutch order cull of 180,000 chickens after bird flu found near Barneveld",
     "The Dutch agriculture ministry has ordered the culling of about 180,000 chickens at four farms near Barneveld "
     "after a highly pathogenic strain of bird flu was found at one of them on Sunday. A 10-kilometre transport ban "
     "is in force around the infected farm, and poultry across the country must be kept indoors. Agriculture "
     "minister Femke de Wit said the virus had probably been brought in by wild geese. It is the third outbreak in "
     "the Gelderse Vallei, the country's densest poultry region, since October. The farmers' association LTO said "
     "owners would be compensated for the animals but not for lost income, and called for vaccination to be "
     "allowed. The ministry said a vaccination trial at two farms would start in March.",
     [("The Dutch agriculture ministry has ordered about 180,000 chickens at four farms near Barneveld to be "
       "culled.", S),
      ("A highly pathogenic strain of bird flu was found at one of the farms on Sunday.", S),
      ("Poultry across the Netherlands must be kept indoors, and a 10-kilometre transport ban surrounds the "
       "infected farm.", S),
      ("The minister, Femke de Wit, said wild geese had probably brought the virus in.", S),
      ("It is the third outbreak since October in the Gelderse Vallei, the country's densest poultry region.", S),
      ("LTO called for vaccination to be allowed, and said farmers would be compensated for the animals but not "
       "for lost income.", S),
      ("A vaccination trial at two farms will start in March, the ministry said.", S),
      ("LTO ordered the culling of about 180,000 chickens.", ACT),
      ("The ministry rejected calls for a vaccination trial.", DIR),
      ("About 810,000 chickens will be culled.", FIG),
      ("A 100-kilometre transport ban is in force around the farm.", FIG),
      ("Farmers will be compensated for their lost income.", DIR),
      ("Femke de Wit said the virus had come in with imported chicks.", CLAIM),
      ("The outbreak began after farmers let their poultry outdoors.", CAUSE),
      ("It is the first outbreak in the region since October.", FIG),
      ("The outbreak raises fresh questions about the future of intensive farming in Europe.", GEN)]),
    ("f13", "https://www.reuters.com/business/aerospace/sundara-air-pilots-strike-vote", "Reuters",
     "Sundara Air pilots vote to strike over pay",
     "Pilots at Sundara Air voted by 92% to strike over pay, their union said on Friday, raising the prospect of "
     "walkouts at the budget carrier during the Christmas peak. Turnout among the airline's 1,350 pilots was 88%, "
     "the Aviators' Guild said. The union is seeking a 17% rise over two years; Sundara has offered 9%. No dates "
     "have been set, and the union must give 14 days' notice of any action. Sundara's chief operating officer, "
     "Kaveh Rostami, said the airline would try to run a full schedule by chartering aircraft and crews from other "
     "carriers. \"Our pilots earn less than their peers at every rival in Europe,\" Guild president Ines Barros "
     "said. Sundara carried 41 million passengers last year. Its pilots last went on strike in 2019, when 600 flights "
     "were cancelled.",
     [("Sundara Air's pilots have voted by 92% to strike over pay, the Aviators' Guild said.", S),
      ("Turnout among the budget carrier's 1,350 pilots was 88%.", S),
      ("The Guild wants a 17% rise over two years, while Sundara has offered 9%.", S),
      ("The union has set no dates and must give 14 days' notice of any strike.", S),
      ("Sundara would try to keep a full schedule by chartering aircraft and crews from other carriers, said "
       "chief operating officer Kaveh Rostami.", S),
      ("Ines Barros, the Guild's president, said Sundara's pilots earned less than their peers at every rival in "
       "Europe.", S),
      ("The Guild's president said Sundara's pilots were paid less than those at every European rival.", S),
      ("The two sides are 8 percentage points apart: the union wants 17% over two years and Sundara offers 9%.", S,
       (), AN),
      ("Sundara Air's pilots voted against strike action.", DIR),
      ("The union is seeking a 9% rise, and Sundara has offered 17%.", ACT),
      ("Pilots voted by 82% to strike.", FIG),
      ("The pilots will strike from December 20.", CLAIM),
      ("Kaveh Rostami said Sundara's pilots earned less than their peers at every rival in Europe.", ACT),
      ("The pilots voted to strike after Sundara cut their pensions.", CAUSE),
      ("Sundara Air's pilots voted to strike after its KT-72 turboprops were grounded.", MERGE, ("f14",)),
      ("Strike news: ...", CF)]),
    ("f14", "https://www.flightglobal.com/safety/kestrel-aero-kt72-grounding", "FlightGlobal",
     "Regulator grounds Kestrel Aero KT-72 turboprops over engine cracks",
     "The European Union Aviation Safety Agency has ordered airlines to ground 64 Kestrel Aero KT-72 turboprops until "
     "their engines are inspected, after cracks were found in turbine blades on two aircraft. The directive, issued "
     "on Wednesday, affects operators in nine countries, the largest of them the Nordic regional carrier Fjordwing, "
     "which flies 18 of the planes. Engine maker Haldor Propulsion said inspections take about two days per aircraft "
     "and that it had sent teams to the affected airlines. Fjordwing cancelled 140 flights on Thursday and said it "
     "would lease two jets to cover its busiest routes. Kestrel Aero said no in-flight failures had been reported. "
     "The agency said aircraft that pass inspection may return to service immediately. The KT-72 entered service in "
     "2014 and seats up to 72 passengers.",
     [("EASA has ordered 64 Kestrel Aero KT-72 turboprops grounded until their engines are inspected.", S),
      ("Cracks were found in turbine blades on two of the aircraft.", S),
      ("Fjordwing, the largest operator affected, flies 18 of the planes.", S),
      ("Inspections take about two days per aircraft, according to engine maker Haldor Propulsion.", S),
      ("Fjordwing cancelled 140 flights on Thursday and will lease two jets for its busiest routes.", S),
      ("Kestrel Aero said there had been no reported in-flight failures.", S),
      ("Aircraft that pass the inspection can return to service straight away, the agency said.", S),
      ("The directive, issued on Wednesday, affects operators in nine countries.", S),
      ("Kestrel Aero ordered airlines to ground 64 KT-72 turboprops.", ACT),
      ("The agency cleared the KT-72 turboprops to keep flying.", DIR),
      ("Cracks were found on 12 aircraft.", FIG),
      ("Fjordwing flies 81 of the planes.", FIG),
      ("Haldor Propulsion said inspections would take about two weeks per aircraft.", FIG),
      ("Fjordwing cancelled 140 flights after one of its KT-72s lost an engine in flight.", CAUSE),
      ("Haldor Propulsion will pay Fjordwing compensation.", CLAIM),
      ("Passengers are increasingly worried about the safety of regional aircraft.", GEN)]),
    ("f15", "https://www.lightreading.com/varnia-spectrum-auction", "Light Reading",
     "Varnia's 3.6 GHz auction raises 2.1 billion euros",
     "Varnia's telecoms regulator said on Monday that its auction of 3.6 GHz spectrum for 5G had raised 2.1 billion "
     "euros, nearly double the reserve price, after 46 rounds of bidding over three weeks. Orvane Mobile won the "
     "largest block, 100 MHz, for 960 million euros. Tellaro paid 710 million euros for 80 MHz and newcomer Zest "
     "Telecom 430 million euros for 60 MHz. The licences run for 20 years and require the winners to cover 95% of "
     "the population by 2030. Tellaro's chief executive, Bruno Salas, said the price was \"higher than we would have "
     "liked\" and that the company would review its dividend. The finance ministry said the proceeds would go "
     "toward reducing the budget deficit. A fourth bidder, cable group Nettra, dropped out in round 31.",
     [("Varnia's 3.6 GHz 5G spectrum auction raised 2.1 billion euros, nearly double the reserve price.", S),
      ("Bidding ran for 46 rounds over three weeks.", S),
      ("Orvane Mobile paid 960 million euros for the largest block, 100 MHz.", S),
      ("Zest Telecom, a newcomer, paid 430 million euros for 60 MHz, and Tellaro 710 million euros for 80 MHz.", S),
      ("The 20-year licences require the winners to cover 95% of the population by 2030.", S),
      ("Bruno Salas, Tellaro's chief executive, said the price was \"higher than we would have liked\".", S),
      ("Tellaro will review its dividend, its chief executive said.", S),
      ("Cable group Nettra dropped out in round 31.", S),
      ("Orvane Mobile paid the most of the three winners, 960 million euros.", S, (), AN),
      ("Tellaro won the largest block, 100 MHz.", ACT),
      ("Orvane Mobile's chief executive, Bruno Salas, said the price was higher than the company would have "
       "liked.", ACT),
      ("Nettra won 60 MHz of spectrum.", ACT),
      ("Zest Telecom paid 430 million euros for 80 MHz.", FIG),
      ("The auction raised 2.1 billion dollars.", FIG),
      ("The licences require 95% population coverage by 2035.", FIG),
      ("Bruno Salas said the price was lower than Tellaro had expected.", DIR),
      ("The proceeds will fund rural broadband.", CLAIM),
      ("The auction raised more than expected because Nettra bid up prices before dropping out.", CAUSE),
      ("Orvane Mobile, winner of the largest block, also suffered a nationwide outage that stopped emergency "
       "calls.", MERGE, ("f16",))]),
    ("f16", "https://www.reuters.com/business/media-telecom/vantel-outage-emergency-calls", "Reuters",
     "Vantel outage cut emergency calls for nine hours; regulator opens inquiry",
     "A nationwide outage on Vantel's mobile network on Saturday left about 6 million customers without service for "
     "up to nine hours and stopped some emergency calls from connecting, the telecoms regulator ANCOR said as it "
     "opened an investigation. Vantel blamed a faulty software update to its core network, installed overnight by "
     "its equipment supplier Nordtek. Calls to the emergency number 112 from Vantel phones failed in about 2,300 "
     "cases, according to the regulator; there were no reports of deaths linked to the failures. Vantel said it "
     "would give every affected customer a credit of 10 euros. \"This is not acceptable for critical "
     "infrastructure,\" said the regulator's chair, Ana Petrov. Nordtek said it was working with Vantel to "
     "understand what went wrong. Vantel can be fined up to 10% of its annual revenue if it broke its licence "
     "conditions.",
     [("About 6 million Vantel customers lost service for up to nine hours on Saturday.", S),
      ("The regulator ANCOR has opened an investigation into the outage.", S),
      ("Vantel blamed a faulty software update to its core network, installed overnight by supplier Nordtek.", S),
      ("According to the regulator, about 2,300 calls to the emergency number 112 from Vantel phones failed.", S),
      ("Every affected customer will get a 10 euro credit, Vantel said.", S),
      ("ANCOR's chair, Ana Petrov, said the outage was not acceptable for critical infrastructure.", S),
      ("Vantel could be fined up to 10% of its annual revenue if it broke its licence conditions.", S),
      ("Nordtek blamed a faulty software update installed by Vantel.", ACT),
      ("About 23,000 emergency calls failed.", FIG),
      ("Vantel will give affected customers a 10 dollar credit.", FIG),
      ("Two deaths have been linked to the failed emergency calls.", CLAIM),
      ("The outage was caused by a cyberattack.", CAUSE),
      ("Ana Petrov said Vantel had handled the outage well.", DIR),
      ("Vantel has been fined 10% of its annual revenue.", CLAIM),
      ("The outage lasted up to 19 hours.", FIG),
      ("No information.", CF)]),
    ("f17", "https://www.statnews.com/corvane-alzheimers-trial-fails", "STAT",
     "Corvane's Alzheimer's drug fails late-stage trial; shares plunge",
     "Corvane Therapeutics said its experimental Alzheimer's drug, velantrib, failed to slow cognitive decline in a "
     "late-stage trial of 1,840 patients, sending its shares down 38% in premarket trading on Monday. After 18 "
     "months, patients on the drug declined by the same amount as those on placebo on the main measure of memory and "
     "daily function. Brain swelling, a known risk of the drug class, was seen in 12% of patients on velantrib "
     "against 2% on placebo. Chief medical officer Hannah Ives said the company would stop developing the drug for "
     "early Alzheimer's but would look at data from a subgroup of patients with a particular genetic profile. "
     "Corvane had spent about $900 million on the programme. Its partner, the Japanese drugmaker Sakura Pharma, has "
     "the right to end their agreement within 60 days.",
     [("Velantrib, Corvane's experimental Alzheimer's drug, failed to slow cognitive decline in a late-stage trial "
       "of 1,840 patients.", S),
      ("Corvane's shares fell 38% in premarket trading on Monday.", S),
      ("After 18 months, patients on velantrib had declined as much as those on placebo on the trial's main "
       "measure.", S),
      ("Brain swelling occurred in 12% of patients taking velantrib, against 2% of those on placebo.", S),
      ("Corvane will stop developing the drug for early Alzheimer's, chief medical officer Hannah Ives said.", S),
      ("The chief medical officer said Corvane would look at data from a subgroup of patients with a particular "
       "genetic profile.", S),
      ("Corvane had spent about $900 million on the programme. Its Japanese partner, Sakura Pharma, can end their "
       "agreement within 60 days.", S),
      ("The two trials went opposite ways: Corvane's velantrib failed, while Halvard's HB-118 cut body weight by "
       "14.2%.", S, ("f18",), AN),
      ("Both Corvane and Halvard shares rose after their trial results.", MERGE, ("f18",), AN),
      ("Velantrib slowed cognitive decline in a late-stage trial.", DIR),
      ("Sakura Pharma's Alzheimer's drug velantrib failed in a late-stage trial of 1,840 patients.", ACT),
      ("Brain swelling was seen in 2% of patients on velantrib and 12% of those on placebo.", FIG),
      ("The trial enrolled 1,480 patients.", FIG),
      ("Sakura Pharma has ended its agreement with Corvane.", CLAIM),
      ("Hannah Ives said Corvane would expand development of velantrib.", DIR),
      ("The trial failed because too many patients dropped out.", CAUSE),
      ("Corvane had spent about $900 billion on the programme.", FIG),
      ("Corvane's Alzheimer's drug cut body weight by 14.2% in a phase 2 trial.", MERGE, ("f18",)),
      ("The failure casts doubt on the whole approach to treating Alzheimer's.", GEN)]),
    ("f18", "https://www.fiercebiotech.com/halvard-bio-obesity-pill-phase-2", "Fierce Biotech",
     "Halvard Bio's obesity pill cuts weight 14.2% in phase 2",
     "Halvard Bio's once-daily obesity pill, HB-118, helped patients lose an average of 14.2% of their body weight "
     "after 36 weeks in a phase 2 trial, compared with 2.1% for those on placebo, the Copenhagen-based biotech said "
     "on Wednesday. The trial enrolled 310 adults with obesity but without diabetes. Nausea was the most common side "
     "effect, reported by 31% of patients on the highest dose, and 6% stopped taking the drug because of side "
     "effects. Partner Nordmann Pharma will pay Halvard a $150 million milestone as the drug moves into phase 3, "
     "which is due to start in the second half of next year. Halvard's chief executive, Mikkel Dahl, said a pill "
     "would be cheaper to make and easier to ship than the injectable drugs that dominate the market. Halvard shares "
     "rose 27% in Copenhagen.",
     [("Patients taking Halvard Bio's pill HB-118 lost an average of 14.2% of their body weight after 36 weeks, "
       "against 2.1% on placebo.", S),
      ("The phase 2 trial enrolled 310 adults with obesity who did not have diabetes.", S),
      ("The most common side effect was nausea, reported by 31% of patients on the highest dose.", S),
      ("Nordmann Pharma will pay Halvard a $150 million milestone as HB-118 moves into phase 3.", S),
      ("Mikkel Dahl, Halvard's chief executive, said a pill would be cheaper to make and easier to ship than "
       "injectable drugs.", S),
      ("Halvard's shares rose 27% in Copenhagen.", S),
      ("Phase 3 is due to start in the second half of next year.", S),
      ("Halvard will pay Nordmann Pharma a $150 million milestone.", ACT),
      ("Patients on HB-118 lost 14.2% of their body weight after 63 weeks.", FIG),
      ("Six percent of patients stopped taking HB-118 because of nausea.", CLAIM),
      ("Halvard shares fell 27% in Copenhagen.", DIR),
      ("Mikkel Dahl said a pill would cost more to make than injectable drugs.", DIR),
      ("The trial enrolled adults with obesity and diabetes.", DIR),
      ("Phase 3 will start in the first half of next year.", FIG),
      ("Halvard is developing HB-118 because Nordmann's injectable drug failed.", CAUSE),
      ("Investors are increasingly optimistic about obesity pills.", GEN)]),
    ("f19", "https://apnews.com/article/port-aldane-mayor-election", "Associated Press",
     "Independent Rosa Ferrante wins Port Aldane mayoral race",
     "Independent candidate Rosa Ferrante was elected mayor of Port Aldane on Sunday with 52.4% of the vote, "
     "defeating the governing Liberal Union's candidate, Victor Ansel, who took 39.8%. Turnout was 38%, down from 45% "
     "at the last election in 2022. Ferrante, a former harbour engineer, campaigned on building 4,000 affordable "
     "homes and on opposing a planned cruise terminal. Ansel conceded in a speech to supporters late on Sunday and "
     "said he would stay on the city council. The remaining votes went to two smaller candidates. Ferrante will take "
     "office on January 8 and will need support from at least three party groups to pass a budget, because "
     "independents hold only 11 of the council's 45 seats. \"The city voted for homes, not cruise ships,\" she told "
     "reporters.",
     [("Rosa Ferrante, an independent, won the Port Aldane mayoral election on Sunday with 52.4% of the vote.", S),
      ("Liberal Union candidate Victor Ansel was defeated, taking 39.8%.", S),
      ("Turnout fell to 38% from 45% at the 2022 election.", S),
      ("A former harbour engineer, Ferrante campaigned on 4,000 affordable homes and against a planned cruise "
       "terminal.", S),
      ("Ansel conceded late on Sunday and said he would stay on the city council.", S),
      ("Ferrante will take office on January 8. Because independents hold only 11 of the council's 45 seats, she "
       "will need at least three party groups to pass a budget.", S),
      ("The new mayor told reporters the city had voted for homes, not cruise ships.", S),
      ("Ferrante's margin over Ansel was 12.6 percentage points.", S, (), AN),
      ("Victor Ansel won the Port Aldane mayoral election with 52.4% of the vote.", ACT),
      ("Turnout rose to 38%.", DIR),
      ("Ferrante won with 54.2% of the vote.", FIG),
      ("Ferrante campaigned in favour of the planned cruise terminal.", DIR),
      ("Ferrante will take office on January 18.", FIG),
      ("Ansel refused to concede.", DIR),
      ("Independents hold a majority of the council's seats.", DIR),
      ("Ferrante won because Liberal Union voters stayed at home after a corruption scandal.", CAUSE),
      ("Port Aldane voters also approved a 640 million franc tram line.", MERGE, ("f20",))]),
    ("f20", "https://www.swissinfo.ch/westerhaven-tram-referendum", "Swissinfo",
     "Westerhaven voters approve 640 million franc tram line",
     "Voters in Westerhaven approved a 640 million Swiss franc tram line in a referendum on Sunday, with 56.3% in "
     "favour, clearing the way for construction to start in 2027. The 9-kilometre line will link the main railway "
     "station with the university hospital and a new housing district in the north of the city. The canton will pay "
     "60% of the cost and the federal government the rest, officials said. Opponents, led by the local business "
     "association, had argued that the route would remove 900 parking spaces and hurt shops along Seestrasse. "
     "Turnout was 47%. City transport director Lukas Imhof said the first trams would run in 2031. A similar "
     "proposal was rejected by voters in 2016. About 31,000 people are expected to use the line each day.",
     [("Westerhaven voters backed a 640 million franc tram line in Sunday's referendum, with 56.3% in favour.", S),
      ("The vote clears the way for construction to start in 2027.", S),
      ("The 9-kilometre line will connect the main railway station with the university hospital and a new "
       "housing district in the north.", S),
      ("The canton will pay 60% of the cost and the federal government the rest.", S),
      ("The local business association led the opposition, arguing that the route would remove 900 parking "
       "spaces.", S),
      ("The first trams will run in 2031, city transport director Lukas Imhof said.", S),
      ("Voters rejected a similar proposal in 2016.", S),
      ("Westerhaven voters rejected the tram line.", DIR),
      ("The federal government will pay 60% of the cost.", ACT),
      ("The line will be 19 kilometres long.", FIG),
      ("Voters approved a similar proposal in 2016.", DIR),
      ("The tram line will cost 640 million euros.", FIG),
      ("The business association said the line would help shops along Seestrasse.", DIR),
      ("Voters backed the line after the city promised to build a new car park.", CAUSE),
      ("Turnout was 74%.", FIG),
      ("The vote reflects growing public support for public transport across Europe.", GEN),
      ("Referendum result: TBD.", CF)]),
    ("f21", "https://www.artemis.bm/aldgate-re-florida-cat-bond", "Artemis",
     "Aldgate Re prices $450 million Florida hurricane cat bond",
     "Reinsurer Aldgate Re has priced a $450 million catastrophe bond that will protect it against Florida hurricane "
     "losses for three years, upsized from the $300 million it first sought as investor demand proved strong. The "
     "notes will pay a spread of 7.25%, below the 8% to 8.75% range first marketed. Investors lose their principal "
     "only if hurricane losses to the Florida insurance industry exceed $60 billion in a single event. Aldgate, "
     "based in Bermuda, said the bond would replace protection that expires in June. \"The market has come back to "
     "us after two quiet hurricane seasons,\" said Aldgate's chief risk officer, Naomi Pratt. Catastrophe bond "
     "issuance has reached a record $19 billion this year, according to the broker Swiss Securitas. The bond was "
     "arranged by Lindell Capital Markets.",
     [("Aldgate Re has priced a $450 million catastrophe bond covering Florida hurricane losses for three "
       "years.", S),
      ("The bond was upsized from the $300 million Aldgate first sought, as investor demand proved strong.", S),
      ("The notes will pay a 7.25% spread, below the 8% to 8.75% range first marketed.", S),
      ("Investors lose their principal only if a single hurricane costs the Florida insurance industry more than "
       "$60 billion.", S),
      ("Naomi Pratt, Aldgate's chief risk officer, said the market had come back after two quiet hurricane "
       "seasons.", S),
      ("Broker Swiss Securitas says catastrophe bond issuance has reached a record $19 billion this year.", S),
      ("The Bermuda reinsurer said the bond would replace protection that expires in June.", S),
      ("Aldgate Re cut the bond to $300 million after weak investor demand.", DIR),
      ("The notes will pay a spread above the range first marketed.", DIR),
      ("Investors lose their principal if industry losses exceed $6 billion.", FIG),
      ("Investors lose their principal if industry losses exceed $60 million.", FIG),
      ("Swiss Securitas arranged the bond.", ACT),
      ("Lindell Capital Markets' chief risk officer, Naomi Pratt, said the market had come back after two quiet "
       "hurricane seasons.", ACT),
      ("Aldgate issued the bond because a hurricane wiped out its reserves last year.", CAUSE),
      ("Catastrophe bond issuance fell to $19 billion this year.", DIR),
      ("Aldgate Re's catastrophe bond will cover Tamworth Motors' pension scheme.", MERGE, ("f22",))]),
    ("f22", "https://www.ft.com/content/tamworth-morrow-life-buy-in", "Financial Times",
     "Morrow Life takes on 2.3 billion pounds of Tamworth Motors pensions",
     "Insurer Morrow Life has agreed to insure 2.3 billion pounds of pension liabilities from carmaker Tamworth "
     "Motors' UK scheme, covering about 14,000 retired workers, in one of the largest such deals this year. Under "
     "the buy-in, the scheme's trustees will pay Morrow Life a premium and the insurer will pay the pensions in full. "
     "The scheme had a surplus of 180 million pounds, which allowed the trustees to do the deal without extra money "
     "from Tamworth, the chair of trustees, Helen Ashcroft, said. The pensions of about 6,000 current employees "
     "remain in the scheme. Tamworth's finance director, Raj Mehta, said removing the risk would let the company "
     "focus on investing in its electric-vehicle plant in Sunderland. Deals of this kind have totalled about 45 "
     "billion pounds so far this year, according to the consultancy Hymans Porter.",
     [("Morrow Life has agreed to insure 2.3 billion pounds of pension liabilities from Tamworth Motors' UK "
       "scheme, covering about 14,000 retired workers.", S),
      ("The scheme's trustees will pay a premium, and Morrow Life will pay the pensions in full.", S),
      ("A 180 million pound surplus let the trustees do the deal without extra money from Tamworth, Helen "
       "Ashcroft said.", S),
      ("About 6,000 current employees' pensions stay in the scheme.", S),
      ("Raj Mehta, Tamworth's finance director, said removing the risk would let the carmaker focus on investing "
       "in its electric-vehicle plant in Sunderland.", S),
      ("Consultancy Hymans Porter puts such deals at about 45 billion pounds so far this year.", S),
      ("The chair of the trustees said the scheme's surplus meant Tamworth did not have to put in extra money.", S),
      ("Tamworth Motors has agreed to insure Morrow Life's pension liabilities.", ACT),
      ("Morrow Life will pay the trustees a premium.", ACT),
      ("Morrow Life's finance director, Raj Mehta, said removing the risk would let the company focus on its "
       "electric-vehicle plant.", ACT),
      ("The scheme had a deficit of 180 million pounds.", DIR),
      ("Tamworth paid 180 million pounds into the scheme to make the deal possible.", DIR),
      ("The deal covers about 41,000 retired workers.", FIG),
      ("Raj Mehta said Tamworth would close its Sunderland plant.", DIR),
      ("Tamworth did the deal because its credit rating was cut.", CAUSE),
      ("The deal signals a broader shift in how British companies manage their pension risk.", GEN),
      ("Pension deal: see above.", CF)]),
]

# More content-free sentences of the shapes a broken writer emits (placeholders, ellipses, boilerplate, empty
# generic lines), each cited to one article as the writer would cite it.
CONTENT_FREE = [
    ("f01", "..."), ("f03", "N/A"), ("f05", "[headline]"), ("f07", "No further details were available."),
    ("f10", "Lorem ipsum dolor sit amet."), ("f12", "Read more."), ("f14", "This is a developing story."),
    ("f16", "Key developments are listed below."), ("f18", "The company made an announcement."),
    ("f19", "Here is a summary of the news article."), ("f21", "{\"text\": \"\"}"), ("f22", "Updates: none."),
]

# Real SmolLM2-135M-Instruct answers to Topline's story request (llama.cpp server on 127.0.0.1:8157,
# `PYTHONPATH=. python benchmarks/collect_smollm2_story.py --articles eval4-articles.jsonl --category "Business and
# technology"`, prompt version llm-3, temperature 0.2, one call per article, kept raw in eval4-smollm2_raw.jsonl),
# labelled by reading each sentence against its article BEFORE the checker was run on any of them. No answer had
# the story shape (top_line / facts / analysis): the model echoed the DATA block, often with its own text in the
# "text" fields, so the sentences are the strings of its JSON (support_gen.model_sentences, as for the first set).
# Many are copies or near-copies of a source sentence or the title (supported); the rest are the model's own.
# Left out as ambiguous (a label would be a judgement call): the bare quote fragment "\"The review step is where our
# customers lose the most time,\"" (f02); "... who did not consent to the training of its chatbot" (f05: what the
# users did not consent to is implied, not said); "a partial card number" (f08: the source says "in some cases");
# "citing a drought in Minas Gerais" (f10: the source has a dry spell during flowering); "... has issued a
# statement saying it was in contact" (f09: the source has "said"); "Therapeutics said its experimental Alzheimer's
# drug ..." (f17: a truncated name); "Turnout was 47%, but the canton will pay 60% of the cost." (f20: a contrast
# the source does not draw, but no claim); "The scheme's trustees will pay the pension to Morrow Life a premium ..."
# (f22: garbled).
SMOLLM2 = [
    ("f01", "AI startup Corvid Labs raises $300 million as investors chase coding agents.", S),
    ("f01", "The round values Corvid at $4.2 billion, up from $700 million when it last raised money in March.", S),
    ("f01", "Existing investors Halsey Ventures and Northpoint also took part.", S),
    ("f01", "Corvid said it would spend most of the money on computing power and hiring about 150 engineers in London "
            "and Toronto.", S),
    ("f01", "The company was founded in 2023 by two former researchers at Google DeepMind, Priya Anand and Tomas "
            "Varga, and has about 90 staff.", S),
    ("f02", "Corvid Labs, which makes AI agents that write and test code, has closed a $300 million Series C led by "
            "Brightline Capital, TechCrunch has learned.", S),
    ("f02", "The company is now working on building its own version of the AI agent.", CLAIM),
    ("f02", "The team consists of 25 people and it's called the AI Agent.", CLAIM),
    ("f02", "They are using a model from OpenAI to create an AI agent that can write and test code, which is very "
            "different than what was previously thought.", CLAIM),
    ("f03", "Sennet delays Kiln 3 Artificial Intelligence chip to 2027 on packaging shortage", S),
    ("f03", "Kiln 3 is a Taiwanese company that makes artificial intelligence chips.", CLAIM),
    ("f03", "Taiwanese company SENNAETLEDNESERA (TSNE) has announced plans to delay the production of Kiln 2, a new "
            "chip designed by Taiwan Semiconductor Manufacturing Co.", ACT),
    ("f03", "(TSMCC), which will be released in 2027.", CF),
    ("f04", "Halden Cloud plans 400 MW data centre campus in Aragon.", S),
    ("f04", "The campus will be cooled with recycled water from a municipal treatment plant instead of river "
            "water.", S),
    ("f04", "The project is already in the planning stages and will begin construction in 2028.", FIG),
    ("f05", "Ireland's Data Protection Commission has fined Ferrox AI 12 million euros for training its chatbot on the "
            "personal data of European users without a valid legal basis, the regulator said on Monday.", S),
    ("f05", "Deputy commissioner Aoife Brennan said companies could not treat public posts as", CF),
    ("f06", "Mistrand releases Tern-2, an open model it says rivals closed ones.", S),
    ("f06", "The story is about how the company created a new language to help people with their problems.", CLAIM),
    ("f07", "Garrick Mutual signs $180 million deal for Lumos AI claims agents.", S),
    ("f07", "The company has signed a five-year, $180 million contract with Lumos AI to handle routine claims with "
            "software agents.", S),
    ("f07", "The contract will cover 45% of the company's 236,000 claim cases.", FIG),
    ("f08", "Pallas AI left 1.2 million chatbot conversations in an open database.", S),
    ("f08", "Pallas said in a statement that it had found no evidence of anyone other than the researcher having "
            "access to the data.", S),
    ("f09", "Berlin chatbot maker Pallas AI says client data was exposed", S),
    ("f09", "The company did not say how many records were affected; a researcher who found the database put the "
            "number at about 1.2 million.", S),
    ("f09", "Skyvard, one of the clients said it had suspended its use of the chatbot pending the review.", S),
    ("f09", "Germany's federal data protection office said it was in contact with the company.", S),
    ("f09", "The court has ruled that the company is liable for any damages caused by a breach of privacy.", CLAIM),
    ("f10", "Brazil cuts arabica crop forecast after dry spell; prices jump.", S),
    ("f10", "Arabica futures in New York rose 5.6% to $3.91 a pound, their highest in five weeks.", S),
    ("f10", "The robusta forecast was raised slightly to 24.9 million bags, thanks to irrigation in Espírito "
            "Santo.", S),
    ("f10", "Traders said stocks in exchange-certified warehouses were at their lowest since 1999.", S),
    ("f11", "Norvan Agri idles Saskatchewan potash mine as prices slump", S),
    ("f11", "Fertiliser producer Norvan Agri will halt output at its Belle Plaine potash mine in Saskatchewan for "
            "eight weeks from December, removing about 600,000 tonnes of supply, after prices fell to a four-year "
            "low.", S),
    ("f11", "Fined the market with a $285 million contract.", CLAIM),
    ("f12", "The Dutch order cull of 180,000 chickens after bird flu found near Barneveld", S),
    ("f13", "The airline's decision to strike over pay has sparked a debate about the future of air travel.", GEN),
    ("f13", "The union is seeking a 17% rise in pay, which will be implemented by the next quarter, and the airline "
            "must give 14 days' notice before any action can take place.", CLAIM),
    ("f14", "The European Union Aviation Safety Agency has ordered airlines to ground 64 Kestrel Aero KT-72 "
            "turboprops until their engines are inspected, after cracks were found in turbine blades on two "
            "aircraft.", S),
    ("f14", "The directive affects operators in nine countries, the largest of them Fjordwing, which flies 18 of the "
            "planes.", S),
    ("f15", "Varnia's 3.6 GHz auction raises 2.1 billion euros, nearly double the reserve price, after 46 rounds of "
            "bidding over three weeks.", S),
    ("f15", "The telecoms regulator has confirmed that Varnia's 3.6 GHz spectrum will be extended to 5G in 2027 and "
            "will allow for the use of 80 MHz, a new standard which will be adopted by all major telecommunications "
            "companies.", CLAIM),
    ("f16", "Vantel outage cut emergency calls for nine hours; regulator opens inquiry", S),
    ("f17", "Corvane's Alzheimer's drug fails late-stage trial; shares plunge.", S),
    ("f17", "This was the first time it had ever done so.", CLAIM),
    ("f17", "This is not just a case of Corvane's own failure; this has been a long-term trend for them.", GEN),
    ("f17", "Corvane had spent about $900 million on the programme.", S),
    ("f18", "Halvard Bio's once-daily obesity pill, HB-118 helped patients lose an average of 14.2% of their body "
            "weight after 36 weeks in a phase 2 trial.", S),
    ("f18", "The trial enrolled 310 adults with obesity but without diabetes, and 5 patients died due to side effects "
            "from the drug.", CLAIM),
    ("f18", "The trial was completed by 26 weeks after the start date of Phase 2.", FIG),
    ("f19", "Independent Rosa Ferrante wins Port Aldane mayoral race", S),
    ("f19", "The city council will decide the outcome of the election on Sunday with 52.4% of votes, defeating the "
            "Liberal Union's candidate Victor Ansel.", ACT),
    ("f19", "Turnout was 38%, down from 45% at the last election in 2022.", S),
    ("f20", "Westerhaven voters approve 640 million franc tram line", S),
    ("f20", "Voters in Westerhaven approved a 640 million Swiss franc tram line in a referendum on Sunday, with 56.3% "
            "in favour.", S),
    ("f20", "The 9-kilometre line will link the main railway station with the university hospital and a new housing "
            "district in the north of the city.", S),
    ("f20", "Opponents, led by the local business association, had argued that the route would remove 900 parking "
            "spaces and hurt shops along Seestrasse.", S),
    ("f20", "The canton will pay 60% of the cost.", S),
    ("f21", "Aldgate Re prices $450 million Florida hurricane cat bond", S),
    ("f21", "The company has increased its price to $4.6 billion.", FIG),
    ("f21", "The company has increased its price to $3.9 billion.", FIG),
    ("f21", "Description of the story is that Aldgate, a major investment banker and investor in Florida's "
            "government, has increased its price to $3.9 billion.", CLAIM),
    ("f21", "The company will replace protection that expires in June with an additional $10 million in 20% cash flow "
            "from the sale of the bond.", CLAIM),
    ("f22", "Morrow Life takes on 2.3 billion pounds of Tamworth Motors pensions, covering about 14,000 retired "
            "workers.", S),
    ("f22", "Under the buy-in, the scheme has paid 180 million pounds.", CLAIM),
]


def entries(sents):
    for e in sents:
        sentence, error = e[0], e[1]
        others = e[2] if len(e) > 2 else ()
        kind = e[3] if len(e) > 3 else (AN if error == GEN else "fact")
        yield sentence, error, tuple(others), kind


def main() -> None:
    arts, rows = [], []
    url_of = {a[0]: a[1] for a in ARTICLES}

    def add(sentence: str, error: str, aid: str, cites: list[str], kind: str, origin: str | None = None) -> None:
        rows.append(sentence_row(f"x{len(rows) + 1:04d}", sentence, cites, error, aid, "evaluation4", origin,
                                 kind=kind))

    for aid, url, source, title, body, sents in ARTICLES:
        arts.append(article_row(aid, url, source, title, body))
        for sentence, error, others, kind in entries(sents):
            add(sentence, error, aid, [url] + [url_of[o] for o in others], kind)
    for aid, sentence in CONTENT_FREE:
        add(sentence, CF, aid, [url_of[aid]], "fact")
    answers: dict[str, set[str]] = {}
    for r in load_jsonl("eval4-smollm2_raw.jsonl"):
        answers.setdefault(r["article"], set()).update(model_sentences(r["raw"]))
    problems = []
    for aid, sentence, error in SMOLLM2:
        if sentence not in answers.get(aid, ()):
            problems.append(f"not a sentence of the model's answer for {aid}: {sentence!r}")
        add(sentence, error, aid, [url_of[aid]], AN if error == GEN else "fact", "smollm2")
    problems += check_part(arts, rows, body_words=(120, 300), others=EARLIER)
    if problems:
        sys.exit("\n".join(problems))
    write_jsonl("eval4-articles.jsonl", arts)
    write_jsonl("eval4-sentences.jsonl", rows)
    labels = Counter(r["label"] for r in rows)
    print(f"{len(arts)} articles, {len(rows)} sentences: {dict(labels)}")
    print("by error:", dict(sorted(Counter(r["error"] for r in rows).items())))
    print("by origin:", dict(sorted(Counter(r["origin"] for r in rows).items())))
    print("analysis sentences:", dict(Counter(r["label"] for r in rows if r["kind"] == AN)))


if __name__ == "__main__":
    main()
