"""Build the fifth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval5-articles.jsonl and eval5-sentences.jsonl (run once; the output is frozen and committed ALONE, written before
any run of the checker on it; the checker is run on it once, by the lead, at the end of the session).

    python benchmarks/make_support_eval5.py

Every article and sentence here was written by hand for this file. Twelve articles are AI-industry news of the kind
Topline reads, about invented companies: a funding round reported by two outlets (g01 Reuters / g02 The
Information), an export rule on AI chips, a nuclear power deal for data centres, a model launch with a benchmark
claim, an enterprise deal for AI agents, layoffs, a copyright ruling, a security breach, a cloud outage, an IPO and
a chipmaker's share fall. Ten are on topics no earlier part uses: an art auction, a ski resort, international
student enrolments, a bridge closure, a music festival, a hail-hit wine harvest, hospital waiting lists, postage
prices, rhino poaching and a weekend box office. Wire and feature styles, quotes, "according to", speakers named by
role and by name, figures with units and currencies, comparisons ("up from", "a year earlier") and dates.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X reports that", voice changed, clauses reordered, a speaker named by role in one place and by name in
another, synonyms, a figure restated as the source states it, two-sentence summaries of one passage, and analysis
sentences (``kind`` "analysis") that only combine what the cited articles say (both outlets' figures, a difference
computed from one passage, two figures of one passage set side by side). Each is fully supported by one passage (a
sentence and its neighbours) of a cited article, checked by reading. Unsupported sentences (origin "planted"):
unsupported claims, wrong actors (also inside noun phrases), wrong directions (beyond antonyms: for/against,
majority/minority, won/lost, a negation flipped, and a direction ADDED where the source gives a figure with none),
wrong figures, units, currencies and dates (kind "wrong_figure"), invented causes, merged events (citing two
articles, a claim that combines them falsely), content-free sentences and generic invented analysis (error
"generic_analysis"). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below,
labelled by reading; their raw answers are in eval5-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py).
Every row belongs to the split "evaluation5"; ids "y0001"...
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support_gen import (ACT, CAUSE, CF, CLAIM, DIR, FIG, GEN, MERGE, S, article_row, check_part, copied, entries,  # noqa: E402
                         load_jsonl, model_sentences, sentence_row, write_jsonl)

AN = "analysis"
EARLIER = ("sentences.jsonl", "cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl",
           "eval2-sentences.jsonl", "eval3-sentences.jsonl", "eval4-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl")
ROOT = Path(__file__).resolve().parents[1]
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS = {
    "g01": [
        ("Lattice Forge has raised $520 million in a round led by Orchard Peak Partners.", S),
        ("Reuters reports that the round values Lattice Forge at $6.8 billion, more than double its $3.1 billion "
         "valuation in January.", S),
        ("The money will pay for a cluster of 12,000 graphics processors and a wet laboratory in Cambridge, "
         "Massachusetts, chief executive Helena Sorvino said.", S),
        ("Sorvino said a model that cannot check its own work in a lab is only guessing.", S),
        ("Aldane Pharma and Kessick, the two drugmakers with research partnerships with Lattice Forge, together pay "
         "it about $40 million a year.", S),
        ("Dev Malhotra, managing partner of Orchard Peak, will join Lattice Forge's board.", S),
        ("The Boston startup has 210 employees. It expects to have 300 by the end of next year.", S),
        ("Lattice Forge's chief executive said the company would test its designs in a wet laboratory in "
         "Cambridge, Massachusetts.", S),
        ("Aldane Pharma led Lattice Forge's $520 million round.", ACT),
        ("Lattice Forge's valuation fell to $3.1 billion from $6.8 billion.", DIR),
        ("The round values Lattice Forge at $8.6 billion.", FIG),
        ("Lattice Forge will pay Aldane Pharma and Kessick about $40 million a year.", ACT),
        ("Lattice Forge raised the money because its partnership with Kessick ended.", CAUSE),
        ("Lattice Forge will cut its staff to 210 by the end of next year.", DIR),
        ("Lattice Forge plans to open a second laboratory in London.", CLAIM),
        ("The round shows that drug discovery is becoming the most valuable use of AI.", GEN),
    ],
    "g02": [
        ("The Information reports that Lattice Forge has closed a $520 million financing at a $6.8 billion "
         "valuation.", S),
        ("The sovereign fund Qadira Investment Authority put about $100 million into the round, which Orchard Peak "
         "Partners led.", S),
        ("Over the past twelve months Lattice Forge's revenue was about $45 million, almost all of it from "
         "partnership fees.", S),
        ("Lattice Forge's first candidate of its own, a kidney drug, is expected to enter a phase 1 study in the "
         "second half of 2027.", S),
        ("Lattice Forge has yet to put a molecule of its own into human trials.", S),
        ("Two earlier backers of Lattice Forge, Fenwick Road and Maple Arch, stayed out of the new round.", S),
        ("Reuters and The Information both put Lattice Forge's new round at $520 million and its valuation at $6.8 "
         "billion.", S, ("g01",), AN),
        ("Both reports say Orchard Peak Partners led the round.", S, ("g01",), AN),
        ("Fenwick Road and Maple Arch led Lattice Forge's new round.", ACT),
        ("Qadira Investment Authority put about $10 million into the round.", FIG),
        ("Lattice Forge's kidney drug entered a phase 1 study in 2025.", FIG),
        ("Lattice Forge's revenue rose to about $45 million over the past twelve months.", DIR),
        ("Lattice Forge has already put a molecule of its own into human trials.", DIR),
        ("Both outlets report that the Qadira Investment Authority led the round.", ACT, ("g01",), AN),
        ("Fenwick Road and Maple Arch pulled out because Lattice Forge's drug has not reached human trials.", CAUSE),
        ("Lattice Forge will need licences to ship its chips to Malaysia and Thailand from January 15.", MERGE,
         ("g03",)),
        ("Sovereign money is increasingly driving the boom in AI drug discovery.", GEN),
    ],
    "g03": [
        ("From January 15, shipments of Tarn Semiconductor's H40 chips to Malaysia and Thailand will need "
         "licences, the US Commerce Department said.", S),
        ("The rule applies to orders of more than 1,000 chips.", S),
        ("The department acted after officials found that some H40 chips had been resold to buyers in China.", S),
        ("Tarn said Malaysia and Thailand made up about 8% of its data-centre revenue last quarter and that it "
         "expected no material effect on its results.", S),
        ("Tarn's shares slipped 2.3% in New York.", S),
        ("About 4,000 H40 chips were traced to three trading companies in Shenzhen, Commerce under secretary Lena "
         "Ortiz said.", S),
        ("Ortiz said the department would close every route around the rules that it found.", S),
        ("Malaysia's trade ministry said it would work with Washington to check the chips' end users.", S),
        ("Tarn Semiconductor will require licences for shipments to Malaysia and Thailand.", ACT),
        ("The rule covers any order of fewer than 1,000 chips.", DIR),
        ("Tarn's shares rose 2.3% in New York.", DIR),
        ("Tarn said the rule would have a material effect on its results.", DIR),
        ("About 40,000 H40 chips were traced to three trading companies in Shenzhen.", FIG),
        ("The licence rule takes effect on January 5.", FIG),
        ("Malaysia's trade ministry said it would challenge the rule.", DIR),
        ("The department acted because Tarn had lobbied for stricter controls on its rivals.", CAUSE),
        ("Tarn will move production of the H40 out of Malaysia.", CLAIM),
        ("Tarn's under secretary Lena Ortiz said about 4,000 H40 chips were traced to Shenzhen.", ACT),
    ],
    "g04": [
        ("Ember Cloud will buy 600 megawatts of power for 20 years from Granite Grid's Comanche Ridge nuclear "
         "plant in Texas.", S),
        ("The power is for two data centres Ember is building near Glen Rose, which are due to open in 2028.", S),
        ("People familiar with the deal put the price at about $88 per megawatt-hour, well above the state's "
         "wholesale price.", S),
        ("Granite Grid will spend $1.2 billion to increase the plant's output by about 10%.", S),
        ("Ember wanted power that ran day and night without raising its emissions, chief operating officer Ravi "
         "Kell said.", S),
        ("The planned increase in output still needs the approval of the Nuclear Regulatory Commission.", S),
        ("Granite Grid's shares gained 6% after the deal was announced.", S),
        ("Granite Grid will buy 600 megawatts of power from Ember Cloud.", ACT),
        ("The power deal runs for 10 years.", FIG),
        ("Ember Cloud has raised its power purchase to 600 megawatts.", DIR),
        ("The price is about $88 per megawatt-hour, below the wholesale price in Texas.", DIR),
        ("Granite Grid's shares fell 6% after the announcement.", DIR),
        ("The Nuclear Regulatory Commission has approved the increase in the plant's output.", DIR),
        ("Ember chose nuclear power after a gas supplier cancelled its contract.", CAUSE),
        ("Ember Cloud will spend $1.2 billion to raise the plant's output.", ACT),
        ("Ember Cloud's data centres near Glen Rose were knocked offline for six hours by a faulty network "
         "update.", MERGE, ("g10",)),
        ("Nuclear power is becoming the default choice for AI data centres.", GEN),
    ],
    "g05": [
        ("Pellucid AI released its newest language model, Orca-4, on Tuesday.", S),
        ("Pellucid said Orca-4 scored 71.4% on the CodeTrial programming benchmark, ahead of every model the "
         "benchmark's maintainers have tested.", S),
        ("The previous best score, 68.9%, was set in September by Norrland Labs' Fjord-2.", S),
        ("Through Pellucid's API, Orca-4 costs $3 per million input tokens, unchanged from its predecessor.", S),
        ("Pellucid did not release Orca-4's weights.", S),
        ("Pellucid AI says Orca-4 tops the CodeTrial benchmark with 71.4%. The previous best was 68.9%.", S),
        ("Amira Haddad, who runs the CodeTrial leaderboard at the University of Leiden, said her team would "
         "publish its own run within two weeks.", S),
        ("Independent researchers warned that Orca-4's score had not yet been reproduced.", S),
        ("The Paris-based company has raised about 1.4 billion euros since it was founded in 2022.", S),
        ("Norrland Labs' Fjord-2 scored 71.4% on CodeTrial.", ACT),
        ("Pellucid's Fjord-2 model set the previous best score of 68.9%.", ACT),
        ("Sable AI's agents for Caldera Bank will run on Pellucid's Orca-4 model.", MERGE, ("g06",)),
        ("Orca-4 scored 74.1% on the CodeTrial benchmark.", FIG),
        ("Orca-4 costs twice as much as its predecessor.", DIR),
        ("Pellucid released Orca-4's weights for anyone to download.", DIR),
        ("Researchers at the University of Leiden have confirmed Orca-4's score.", DIR),
        ("Pellucid has raised about 1.4 billion dollars since 2022.", FIG),
        ("Pellucid launched Orca-4 early because Norrland Labs was about to release a new model.", CAUSE),
        ("Amira Haddad accused Pellucid of inflating Orca-4's score to mislead investors.", CLAIM),
        ("Orca-4's launch shows that European labs are closing the gap with American ones.", GEN),
    ],
    "g06": [
        ("Caldera Bank will pay Sable AI about $90 million over five years for AI agents that answer customers by "
         "chat and phone.", S),
        ("The agents will deal with routine requests, such as card replacements and balance questions, and pass "
         "harder cases to human staff.", S),
        ("Caldera said the system would handle about 40% of the 11 million customer contacts it gets each year.", S),
        ("No call-centre staff will lose their jobs, the bank's chief operating officer said; Caldera will instead "
         "leave positions unfilled as people leave.", S),
        ("Nadia Brooks, Caldera's chief operating officer, said the bank would not fill positions as people "
         "leave.", S),
        ("A union representing 2,300 Caldera call-centre workers said it had not been consulted.", S),
        ("Sable's chief executive, Marco Ventris, said the contract was the largest Sable had signed.", S),
        ("Sable AI, founded in 2021, counts four other regional US banks among its customers.", S),
        ("Sable AI will pay Caldera Bank about $90 million over five years.", ACT),
        ("Caldera will lay off call-centre staff as the agents take over.", DIR),
        ("The agents will take over about 40% of 11 million customer contacts a month.", FIG),
        ("The union representing Caldera's call-centre workers backed the deal.", DIR),
        ("The Caldera contract is worth about $90 million over three years.", FIG),
        ("Caldera turned to Sable AI after complaints about long waits on its phone lines.", CAUSE),
        ("Nadia Brooks, Sable AI's chief operating officer, said no staff would lose their jobs.", ACT),
        ("Caldera Bank will cut about 1,100 jobs as it shifts its budget to AI.", MERGE, ("g07",)),
        ("Banks are racing to replace their call centres with AI agents.", GEN),
    ],
    "g07": [
        ("Nimbus Software will cut about 1,100 jobs, or 9% of its workforce, as it moves spending toward AI "
         "features for its accounting products.", S),
        ("Most of the job cuts are in sales and in teams supporting older desktop software.", S),
        ("Chief executive Laura Pemberton wrote that Nimbus would hire about 400 engineers over the next year to "
         "work on AI agents that reconcile accounts.", S),
        ("Nimbus expects a restructuring charge of $140 million to $160 million in its fiscal third quarter, "
         "mostly for severance.", S),
        ("Revenue grew 4% last year to $3.9 billion, Nimbus's slowest growth in a decade.", S),
        ("The Seattle company's shares rose 3% in morning trading.", S),
        ("It is Nimbus's second round of cuts this year, after it laid off 350 people in its marketing department "
         "in March.", S),
        ("Nimbus Software will cut about 1,100 jobs, or 19% of its workforce.", FIG),
        ("Nimbus's revenue fell 4% last year to $3.9 billion.", DIR),
        ("Shares in Nimbus fell 3% in morning trading.", DIR),
        ("Nimbus will cut about 400 engineers who work on AI agents.", DIR),
        ("Nimbus is cutting jobs because its accounting products lost customers to a rival.", CAUSE),
        ("In March Nimbus laid off 530 people in its marketing department.", FIG),
        ("Nimbus plans to sell its desktop software business.", CLAIM),
        ("The cuts show that AI is already replacing accountants.", GEN),
    ],
    "g08": [
        ("A federal judge in San Francisco threw out most of a copyright suit brought by 14 authors against "
         "Quillmark AI, but allowed one claim to proceed.", S),
        ("Judge Teresa Alvarado ruled that training Quillmark's models on the authors' books was fair use because "
         "the training transformed the works.", S),
        ("The judge refused to dismiss the claim that Quillmark downloaded about 200,000 books from pirate "
         "websites, saying a jury must decide it.", S),
        ("The authors, led by the novelist Ben Ashworth, sued in March of last year.", S),
        ("Claire Donnelly, the authors' lawyer, said they were pleased that the piracy claim would be tried.", S),
        ("Quillmark said it welcomed the fair-use ruling and would defend itself at trial.", S),
        ("A trial date has been set for June 8.", S),
        ("The judge ruled that training Quillmark's models on the authors' books was not fair use.", DIR),
        ("Judge Teresa Alvarado dismissed the piracy claim against Quillmark.", DIR),
        ("Quillmark AI sued 14 authors over copyright.", ACT),
        ("Claire Donnelly, Quillmark's lawyer, said the company was pleased with the ruling.", ACT),
        ("Quillmark is accused of downloading about 2 million books from pirate websites.", FIG),
        ("Quillmark agreed to pay the authors to settle the piracy claim.", CLAIM),
        ("Quillmark won the case outright.", DIR),
        ("The judge dismissed most of the claims because the authors had filed them too late.", CAUSE),
        ("Quillmark AI said hackers had stolen API keys belonging to about 3,200 customers.", MERGE, ("g09",)),
        ("The ruling will make it harder for authors to win cases against AI companies.", GEN),
    ],
    "g09": [
        ("Attackers stole API keys belonging to about 3,200 customers from Driftwood AI's web portal, the company "
         "said.", S),
        ("The intruders got in through a contractor's account that lacked two-factor authentication.", S),
        ("Driftwood found the breach on November 2, nine days after it began, when a customer reported unusual "
         "charges.", S),
        ("All the affected keys have been revoked, and customers have been told to create new ones.", S),
        ("Chief security officer Ilse Brandt said no training data or model weights had been taken.", S),
        ("The stolen keys were used to run about $210,000 of computing jobs, which Driftwood will not charge to "
         "customers.", S),
        ("Driftwood, whose main office is in Utrecht, reported the incident to the Dutch data protection "
         "authority.", S),
        ("Driftwood AI says attackers stole about 3,200 customers' API keys. They got in through a contractor's "
         "account without two-factor authentication.", S),
        ("A customer stole API keys from Driftwood AI's portal.", ACT),
        ("Driftwood found the breach on the day it began.", FIG),
        ("Driftwood will charge customers for the $210,000 of computing jobs run with the stolen keys.", DIR),
        ("Ilse Brandt said the attackers had taken model weights.", DIR),
        ("Attackers stole the API keys of about 32,000 customers.", FIG),
        ("The intruders got in because Driftwood had not patched its web server.", CAUSE),
        ("Driftwood has been fined by the Dutch data protection authority.", CLAIM),
        ("The breach shows that AI platforms are becoming hackers' favourite target.", GEN),
    ],
    "g10": [
        ("A six-hour outage at Stratus Cloud on Monday knocked out services at dozens of companies that rent its "
         "graphics processors, including Wren and Tollan AI.", S),
        ("According to Stratus's preliminary report, a faulty software update to network switches in its Virginia "
         "region cut off about 30,000 servers.", S),
        ("The failure began at 09:40 Eastern time, and service returned fully at 15:50.", S),
        ("Affected customers will get credits worth 25% of their monthly bills, more than the 10% Stratus's "
         "contracts require.", S),
        ("Chief technology officer Paolo Reyes apologised and said network changes would now be rolled out to one "
         "data hall at a time.", S),
        ("It was Stratus's second major outage this year, after a four-hour failure in April.", S),
        ("Wren said its app had been unavailable for most of the outage.", S),
        ("Stratus Cloud will give affected customers credits worth 10% of their monthly bills.", FIG),
        ("A cyberattack on its network switches caused Stratus Cloud's outage.", CAUSE),
        ("Monday's outage at Stratus Cloud lasted four hours.", FIG),
        ("Wren said its app had stayed available throughout the outage.", DIR),
        ("A faulty software update by Tollan AI took down Stratus Cloud's Virginia region.", ACT),
        ("Stratus said it would give customers smaller credits than its contracts require.", DIR),
        ("Stratus Cloud will move its servers out of Virginia after the outage.", CLAIM),
        ("Wren's chief technology officer, Paolo Reyes, apologised for the outage.", ACT),
        ("The outage exposes how dependent the AI industry has become on a few cloud providers.", GEN),
    ],
    "g11": [
        ("Cobalt Minds shares rose 38% on their first day of trading on the Nasdaq.", S),
        ("The stock closed at $33.12 after Cobalt Minds priced its IPO at $24 a share, above its range of $20 to "
         "$22.", S),
        ("The offering raised $612 million and valued the company at about $4.9 billion at the IPO price.", S),
        ("The Pittsburgh company lost $58 million last year on revenue of $210 million, up 61% from a year "
         "earlier.", S),
        ("Chief executive Sam Okafor said Cobalt Minds would not raise prices after the listing.", S),
        ("Goldman Sachs and Morgan Stanley led the offering, the largest technology IPO in New York since March.", S),
        ("Okafor said factories wanted AI that never leaves the building.", S),
        ("Cobalt Minds' shares closed 38% above the IPO price on their first day.", S, (), AN),
        ("Cobalt Minds priced its IPO at $24 a share, below the range it had set.", DIR),
        ("Cobalt Minds shares fell 38% in their Nasdaq debut.", DIR),
        ("The Cobalt Minds offering raised $216 million.", FIG),
        ("Cobalt Minds made a profit of $58 million last year.", DIR),
        ("Cobalt Minds' revenue rose 16% last year to $210 million.", FIG),
        ("Morgan Stanley and JPMorgan led the Cobalt Minds offering.", ACT),
        ("Sam Okafor said Cobalt Minds would raise prices after the listing.", DIR),
        ("Goldman Sachs chief executive Sam Okafor said factories want AI that never leaves the building.", ACT),
        ("Cobalt Minds' shares jumped because Goldman Sachs bought a large stake.", CAUSE),
        ("The debut signals that the IPO window for AI companies has reopened.", GEN),
    ],
    "g12": [
        ("Arden Chips forecast fourth-quarter revenue of $2.05 billion, short of the $2.2 billion analysts had "
         "expected, and its shares fell 9%.", S),
        ("Sales of Arden's processors for personal computers dropped 12% from a year earlier.", S),
        ("Revenue from Arden's AI accelerators for data centres rose 35% to $640 million.", S),
        ("Chief financial officer Greta Lindholm said PC makers were holding too much stock and would buy less "
         "until early next year.", S),
        ("Third-quarter revenue at Arden was $2.31 billion, 3% more than a year earlier and in line with "
         "forecasts.", S),
        ("The chipmaker will buy back $1 billion of its shares.", S),
        ("Jefferies cut its price target on Arden to $88 from $102.", S),
        ("Arden's sales of AI accelerators grew while its sales of PC processors shrank.", S, (), AN),
        ("Arden Chips forecast fourth-quarter revenue above analysts' expectations.", DIR),
        ("Revenue from Arden's AI accelerators fell 35% to $640 million.", DIR),
        ("Sales of Arden's PC processors dropped 21% from a year earlier.", FIG),
        ("Jefferies raised its price target on Arden to $102 from $88.", DIR),
        ("Arden will sell $1 billion of new shares.", DIR),
        ("PC makers told analysts that Arden was holding too much stock.", ACT),
        ("Arden's forecast missed because a fire shut one of its factories.", CAUSE),
        ("Arden's shares had fallen 40% this year before the report.", DIR),
        ("Arden Chips shares jumped 38% in their Nasdaq debut.", MERGE, ("g11",)),
        ("Investors are losing patience with chipmakers that depend on personal computers.", GEN),
    ],
    "h01": [
        ("A 1962 painting by Marta Villen, Harbour at Dusk, sold for $41 million at Halloway's in New York, above "
         "its estimate of $25 million to $35 million.", S),
        ("Five bidders competed for eleven minutes before the painting went to a telephone bidder the auction "
         "house did not name.", S),
        ("Villen's previous record, $18.5 million, was set in London in 2021.", S),
        ("The evening sale brought in $286 million against a low estimate of $240 million, and 4 of the 52 lots "
         "went unsold.", S),
        ("Simon Achterberg, Halloway's chairman for modern art, said collectors were still willing to pay for rare "
         "works.", S),
        ("The painting was sold by the estate of the collector Ruth Ebner.", S),
        ("Harbour at Dusk sold for $41 million, below its estimate.", DIR),
        ("Ruth Ebner's estate bought Harbour at Dusk for $41 million.", ACT),
        ("Halloway's evening sale brought in $268 million.", FIG),
        ("Villen's previous record was set in Paris in 2019.", FIG),
        ("Half of the 52 lots in the evening sale went unsold.", FIG),
        ("The buyer of Harbour at Dusk was a museum in Madrid.", CLAIM),
        ("Simon Achterberg, who bought Harbour at Dusk, said collectors were still willing to pay for rare works.",
         ACT),
        ("The painting fetched a record because Villen died this year.", CAUSE),
        ("Meridian Pictures bought Harbour at Dusk for $41 million.", MERGE, ("h10",)),
        ("The sale shows the art market has recovered from its slump.", GEN),
    ],
    "h02": [
        ("Vallorbe in Valais has delayed the start of its ski season by two weeks, to December 13, because its "
         "lower slopes lack snow.", S),
        ("November temperatures in the valley averaged 5.8 degrees Celsius, 2.1 degrees above the thirty-year "
         "norm, the national weather service said.", S),
        ("The resort's snow cannons can cover only about a third of its 85 kilometres of runs.", S),
        ("Season-pass sales were about 31,000, 7% lower than a year earlier, according to the operator, Alpinia "
         "Bergbahnen.", S),
        ("Managing director Corinne Favre said Alpinia would invest 14 million Swiss francs in more snowmaking "
         "over three years.", S),
        ("The higher Glacier sector, above 2,500 metres, will open on November 29 as planned.", S),
        ("Vallorbe has brought forward the start of its ski season to December 13.", DIR),
        ("November temperatures in the valley were 2.1 degrees below the thirty-year norm.", DIR),
        ("Season-pass sales at Vallorbe rose 7% from a year earlier.", DIR),
        ("Alpinia Bergbahnen will invest 14 million euros in snowmaking.", FIG),
        ("The Glacier sector will stay closed until December 13.", FIG),
        ("Corinne Favre said the resort would close its lower slopes for good.", CLAIM),
        ("Vallorbe delayed its opening because a snow cannon broke down.", CAUSE),
        ("Cote Brune growers hit by the warm November at Vallorbe will get 9 million euros of emergency loans.",
         MERGE, ("h06",)),
        ("Warmer winters are forcing Alpine resorts to rethink their business.", GEN),
    ],
    "h03": [
        ("The number of new international students at Westmere's universities dropped 17% this autumn, to about "
         "48,000, official figures showed.", S),
        ("The fall came after the government raised visa fees and limited students' right to bring family "
         "members.", S),
        ("Enrolments from India fell 29% and those from Nigeria 41%, while students from China were down 3%.", S),
        ("Universities Westmere, which represents 38 institutions, said the drop would cost its members about 620 "
         "million dollars a year in fees.", S),
        ("At least six universities have frozen hiring, said Anneke Vos, president of Universities Westmere.", S),
        ("Education minister Paul Garrick said the rules had cut fraudulent applications.", S),
        ("Domestic enrolments rose 2% over the same period.", S),
        ("Enrolments from India and Nigeria fell far more than those from China.", S, (), AN),
        ("New international enrolments at Westmere universities rose 17% this autumn.", DIR),
        ("Enrolments of new students from China fell 41%.", FIG),
        ("Paul Garrick, president of Universities Westmere, said at least six universities had frozen hiring.", ACT),
        ("The Westmere government cut visa fees for international students.", DIR),
        ("Domestic enrolments fell 2% over the same period.", DIR),
        ("Universities Westmere's membership grew to 38 institutions.", DIR),
        ("Anneke Vos said Westmere remained an attractive destination.", ACT),
        ("The drop will cost Westmere's universities about 260 million dollars a year.", FIG),
        ("Several Westmere universities will close campuses as international enrolments fall.", CLAIM),
        ("International students are turning away from English-speaking countries.", GEN),
    ],
    "h04": [
        ("The county council has closed the Derwent Street bridge in Ashby to all traffic after an inspection "
         "found cracks in two of its steel supports.", S),
        ("The bridge, built in 1958, carried about 18,000 vehicles a day.", S),
        ("The Derwent Street bridge is the main link between Ashby's town centre and the railway station.", S),
        ("Engineers will need at least six weeks to decide whether the bridge can be repaired, council engineer "
         "Priya Mallick said.", S),
        ("Buses will take a diversion of about 3 kilometres, but pedestrians can still use a footbridge beside "
         "the bridge.", S),
        ("Councillor Tom Healey said a replacement would cost an estimated 22 million pounds and that the council "
         "would ask the government for help.", S),
        ("The Derwent Street bridge has reopened to traffic.", DIR),
        ("Inspectors found cracks in six of the bridge's steel supports.", FIG),
        ("The Derwent Street bridge was built in 1985.", FIG),
        ("Pedestrians have also been barred from crossing beside the bridge.", DIR),
        ("The government has agreed to pay for a 22 million pound replacement.", CLAIM),
        ("The cracks were caused by heavy lorries using the bridge.", CAUSE),
        ("The Kestrel Wildlife Trust will pay for repairs to the Derwent Street bridge.", MERGE, ("h09",)),
        ("Priya Mallick, who leads on transport, said a replacement would cost 22 million pounds.", ACT),
        ("Local shops said trade had picked up since the closure.", DIR),
        ("The closure exposes years of underinvestment in the country's roads.", GEN),
    ],
    "h05": [
        ("Harrowfield called off its final day on Sunday after a storm brought winds of up to 95 kilometres an "
         "hour to the site.", S),
        ("About 62,000 people held tickets for the day, which Glass Orchard was due to headline.", S),
        ("Festival director Owen Marsh said the decision was taken at 6am on police advice, after two stage roofs "
         "were damaged overnight.", S),
        ("Ticket holders will be refunded 40% of the weekend ticket price within 30 days.", S),
        ("Campers were asked to leave the site by 2pm, and queues on the A45 stretched for about 8 kilometres.", S),
        ("The festival, now in its 22nd year, sold out in February.", S),
        ("Harrowfield cancelled its first day after a storm damaged the site.", FIG),
        ("Ticket holders will get a full refund of the weekend ticket price.", FIG),
        ("Police overruled festival organisers who wanted the final day to go ahead.", CLAIM),
        ("Glass Orchard pulled out of the festival before the storm.", CLAIM),
        ("The organisers cancelled the final day because ticket sales were weak.", CAUSE),
        ("Owen Marsh said the show would go on despite the storm.", DIR),
        ("The organisers said their insurance would cover the full cost of the refunds.", CLAIM),
        ("Extreme weather is becoming the biggest threat to the festival industry.", GEN),
    ],
    "h06": [
        ("Two hailstorms in July destroyed fruit on about 4,500 hectares of Cote Brune vines, and growers expect "
         "to pick roughly a third fewer grapes this year.", S),
        ("The growers' union puts the harvest at 210,000 hectolitres of wine, down from 315,000 hectolitres last "
         "year.", S),
        ("About 120 family estates lost more than half their crop, union president Jacques Mornand said.", S),
        ("The regional council approved 9 million euros of emergency loans at zero interest for the worst-hit "
         "growers.", S),
        ("According to brokers, bulk Cote Brune red now sells for about 4.10 euros a litre, up from 3.40 euros in "
         "June.", S),
        ("Mornand said the grapes that survived were of excellent quality.", S),
        ("The union estimates the harvest at 210,000 hectolitres. About 120 family estates lost more than half "
         "their crop, its president said.", S),
        ("Only about 15% of the region's growers carry hail insurance, the union said.", S),
        ("The union estimates this year's Cote Brune harvest at 315,000 hectolitres of wine.", FIG),
        ("Bulk Cote Brune red has fallen to about 3.40 euros a litre.", DIR),
        ("The regional council approved 9 million euros of grants for the worst-hit growers.", CLAIM),
        ("Jacques Mornand said the quality of the surviving grapes was poor.", DIR),
        ("Most of the region's growers carry hail insurance.", DIR),
        ("The hailstorms struck the Cote Brune vineyards in September.", FIG),
        ("Bulk wine prices rose because buyers from China moved into the region.", CAUSE),
        ("Climate change is making European wine harvests increasingly unpredictable.", GEN),
    ],
    "h07": [
        ("The Carrick region's hospital waiting list fell to 196,400 at the end of October, below 200,000 for the "
         "first time since 2022.", S),
        ("A year earlier the list stood at 231,000.", S),
        ("The number of patients waiting more than a year fell to 8,900 from 14,200.", S),
        ("The health board added weekend operating sessions at three hospitals and sent about 12,000 patients to "
         "private clinics at public expense.", S),
        ("Dr Helen Quayle, the board's chief executive, said waits for hip and knee operations, at a median of 41 "
         "weeks, remained too long.", S),
        ("In October 71% of emergency patients were seen within four hours, down from 76% in September.", S),
        ("The waiting list is about 34,600 shorter than a year earlier.", S, (), AN),
        ("Carrick's waiting list rose to 196,400 at the end of October.", DIR),
        ("The number of patients waiting more than a year rose to 14,200.", DIR),
        ("In October 76% of emergency patients were seen within four hours, up from 71%.", DIR),
        ("The 12,000 patients sent to private clinics paid for their treatment themselves.", ACT),
        ("Health minister Aled Rhys said waits for hip and knee operations remained too long.", ACT),
        ("The waiting list fell because family doctors referred fewer patients.", CAUSE),
        ("Median waits for hip and knee operations in Carrick are 14 weeks.", FIG),
        ("The board will close the emergency department at one of its three hospitals.", CLAIM),
        ("Carrick's health board will cut rural letter deliveries to three days a week.", MERGE, ("h08",)),
        ("The figures suggest the region's health service has turned a corner.", GEN),
    ],
    "h08": [
        ("Nordpost will raise the price of a first-class stamp by 15 cents to 1.60 euros from February 1.", S),
        ("It is the postal operator's second increase in twelve months.", S),
        ("A second-class stamp will go up to 1.10 euros from 1 euro.", S),
        ("Letter volumes dropped 11% last year to 640 million items, while parcel volumes grew 6%.", S),
        ("The regulator, the Communications Authority, must approve the increase and said it would decide by "
         "mid-January.", S),
        ("Chief executive Henrik Aalto said rural letter deliveries would be cut to three days a week from five, "
         "starting in April.", S),
        ("The consumer group Kuluttajat said the changes would hit elderly people who still rely on letters.", S),
        ("Last year Nordpost's letter volumes shrank while its parcel volumes grew.", S, (), AN),
        ("Nordpost will cut the price of a first-class stamp to 1.60 euros.", DIR),
        ("The Communications Authority has approved Nordpost's price increase.", DIR),
        ("Nordpost's parcel volumes fell 6% last year.", DIR),
        ("Nordpost lost 87 million euros on parcels in the first half of the year.", ACT),
        ("Rural letter deliveries will rise to five days a week from three.", DIR),
        ("A first-class stamp will cost 1.75 euros from February 1.", FIG),
        ("Nordpost is raising prices because the government cut its subsidy.", CAUSE),
        ("The consumer group Kuluttajat welcomed the changes.", DIR),
        ("Letters are on their way to becoming a luxury service.", GEN),
    ],
    "h09": [
        ("Poachers killed 11 rhinos in the Ombila reserve this year, down from 46 in 2024 and the fewest in a "
         "decade.", S),
        ("The park authority credits thermal cameras installed along the eastern fence in 2025 and a dog unit that "
         "tracks poachers.", S),
        ("Rangers arrested 37 suspected poachers during the year, up from 22.", S),
        ("An aerial count in August put the reserve's population at about 1,300 white rhinos and 210 black "
         "rhinos.", S),
        ("Head ranger Thabo Nkosi said the cameras were paid for by a 2.4 million dollar grant from the Kestrel "
         "Wildlife Trust.", S),
        ("Nkosi warned that gangs had moved to smaller private reserves nearby, where four rhinos were killed in "
         "October.", S),
        ("Poachers killed 35 fewer rhinos in Ombila this year than in 2024.", S, (), AN),
        ("Poachers killed 46 rhinos in the Ombila reserve this year.", FIG),
        ("Rhino poaching in Ombila rose to its highest level in a decade.", DIR),
        ("Rangers in Ombila arrested fewer suspected poachers than a year earlier.", DIR),
        ("The Kestrel Wildlife Trust's rangers arrested 37 suspected poachers.", ACT),
        ("The reserve holds about 1,300 black rhinos and 210 white rhinos.", FIG),
        ("Rhino poaching in Ombila fell because the government raised fines for poachers.", CAUSE),
        ("Conservation groups said the threat to Ombila's rhinos had ended.", DIR),
        ("Ombila will move 50 rhinos to private reserves next year.", CLAIM),
        ("Technology is winning the war against poachers across Africa.", GEN),
    ],
    "h10": [
        ("Tideline opened at the top of the North American box office with $54 million from Friday to Sunday, "
         "studio estimates showed.", S),
        ("Made by Brightwell Animation and distributed by Meridian Pictures, the film cost about $120 million.", S),
        ("Cold Meridian, last weekend's leader, slipped to second place with $21.5 million, 58% less than its "
         "opening.", S),
        ("Overseas, Tideline took $61 million from 42 markets, bringing its global total to $115 million.", S),
        ("Families made up about 70% of the audience, said Karen Yip, Meridian's head of distribution.", S),
        ("Weekend ticket sales in North America totalled about $132 million, 19% more than on the same weekend a "
         "year ago.", S),
        ("Brightwell Animation distributed Tideline, which Meridian Pictures made.", ACT),
        ("Tideline opened with $45 million in North America.", FIG),
        ("Cold Meridian opened at the top of the North American box office with $54 million.", ACT),
        ("Cold Meridian rose to first place with $21.5 million.", DIR),
        ("Total weekend ticket sales in North America were down 19% from a year ago.", DIR),
        ("Tideline has already earned back its $120 million budget in North America.", CLAIM),
        ("CinemaScore audiences gave Tideline a B grade.", FIG),
        ("The budget of Tideline rose to about $120 million.", DIR),
        ("Tideline did well because it opened on a holiday weekend.", CAUSE),
        ("Animation is now Hollywood's safest bet.", GEN),
    ],
}

CONTENT_FREE = [
    ("g01", "..."), ("g03", "N/A"), ("g04", "Here are the key facts:"), ("g05", "[Top line]"),
    ("g07", "More details to follow."), ("g09", "Lorem ipsum."), ("g11", "Click here to read the full story."),
    ("g12", "{\"top_line\": \"\"}"), ("h01", "The article discusses several topics."),
    ("h03", "No information available."), ("h05", "The festival"),
    ("h07", "The number of patients waiting for planned treatment at hospitals in the"),
    ("h08", "This story has been updated."), ("h09", "Source: park authority."),
]

# (id, url, source, title, body, [entry]); entry = (sentence, error[, other cited article ids[, kind]]).
ARTICLES = [
    ('g01', 'https://www.reuters.com/technology/lattice-forge-funding', 'Reuters',
     'Lattice Forge raises $520 million to build AI models for drug chemists',
     "Lattice Forge, a Boston startup whose AI models propose new drug molecules, has raised $520 million in a "
     "round led by Orchard Peak Partners, the company said on Monday. The deal values Lattice Forge at $6.8 "
     "billion, more than double the $3.1 billion valuation it was given in January. Chief executive Helena Sorvino "
     "said the money would pay for a cluster of 12,000 graphics processors and for a wet laboratory in Cambridge, "
     "Massachusetts, where the company will test its designs. \"A model that cannot check its own work in a lab is "
     "only guessing,\" Sorvino said. Lattice Forge has signed research partnerships with two drugmakers, Aldane "
     "Pharma and Kessick, which together pay it about $40 million a year. The company has 210 employees and "
     "expects to reach 300 by the end of next year. Orchard Peak's managing partner, Dev Malhotra, will join the "
     "board.",
     SENTS['g01']),
    ('g02', 'https://www.theinformation.com/articles/lattice-forge-round', 'The Information',
     "Lattice Forge's new round doubles its valuation",
     "Lattice Forge has closed a $520 million financing at a $6.8 billion valuation, according to a person "
     "involved in the deal, as investors pour money into companies that use AI to design medicines. Orchard Peak "
     "Partners led the round, and the sovereign fund Qadira Investment Authority put in about $100 million, the "
     "person said. Lattice Forge's revenue, almost all of it from partnership fees, was about $45 million over the "
     "past twelve months. The company has not yet put a molecule of its own into human trials; its first "
     "candidate, a kidney drug, is expected to enter a phase 1 study in the second half of 2027. Two earlier "
     "backers, Fenwick Road and Maple Arch, did not invest in the new round. A spokeswoman for Lattice Forge "
     "declined to comment on the investors.",
     SENTS['g02']),
    ('g03', 'https://www.ft.com/content/tarn-export-rule', 'Financial Times',
     "US tightens export rule on Tarn's H40 chips to Southeast Asia",
     "The US Commerce Department will require licences for shipments of Tarn Semiconductor's H40 "
     "artificial-intelligence chips to Malaysia and Thailand from January 15, the department said on Thursday, "
     "after officials found that some of the chips had been resold to buyers in China. The rule covers any order "
     "of more than 1,000 chips. Tarn, based in San Jose, said the two countries accounted for about 8% of its "
     "data-centre revenue in the last quarter and that it did not expect a material effect on its results. Its "
     "shares slipped 2.3% in New York. Commerce under secretary Lena Ortiz said the department had traced about "
     "4,000 H40 chips to three trading companies in Shenzhen. \"We will close every route around these rules that "
     "we find,\" Ortiz said. Malaysia's trade ministry said it would work with Washington to check end users.",
     SENTS['g03']),
    ('g04', 'https://www.bloomberg.com/news/granite-grid-ember-cloud-nuclear', 'Bloomberg',
     'Ember Cloud signs 20-year nuclear power deal for Texas data centres',
     "Ember Cloud, the fast-growing rental provider of AI computing, has agreed to buy 600 megawatts of power from "
     "Granite Grid's Comanche Ridge nuclear plant in Texas for 20 years, the two companies said on Wednesday. The "
     "power will supply two data centres Ember is building near Glen Rose, due to open in 2028. The companies did "
     "not disclose the price, but two people familiar with the deal put it at about $88 per megawatt-hour, well "
     "above the wholesale price in the state. Granite Grid will spend $1.2 billion to raise the plant's output by "
     "about 10%. Ember's chief operating officer, Ravi Kell, said the company wanted power that ran day and night "
     "without raising its emissions. The deal still needs approval from the Nuclear Regulatory Commission for the "
     "planned increase in output. Granite Grid's shares rose 6% after the announcement.",
     SENTS['g04']),
    ('g05', 'https://www.theverge.com/pellucid-orca-4-launch', 'The Verge',
     'Pellucid AI launches Orca-4 and claims top score on a coding benchmark',
     "Pellucid AI on Tuesday released Orca-4, its newest language model, and said it scored 71.4% on the CodeTrial "
     "benchmark of programming tasks, ahead of every model the benchmark's maintainers have tested. The previous "
     "best, 68.9%, was set by Norrland Labs' Fjord-2 in September. Orca-4 is available to paying subscribers and "
     "through Pellucid's API, where it costs $3 per million input tokens, the same as its predecessor. Pellucid "
     "did not release the model's weights. Independent researchers cautioned that the score had not yet been "
     "reproduced. \"Vendors grade their own homework on launch day,\" said Amira Haddad, who runs the CodeTrial "
     "leaderboard at the University of Leiden. She said her team would publish its own run within two weeks. "
     "Pellucid, based in Paris, has raised about 1.4 billion euros since it was founded in 2022.",
     SENTS['g05']),
    ('g06', 'https://www.americanbanker.com/news/caldera-sable-ai-contract', 'American Banker',
     'Caldera Bank signs $90 million deal for Sable AI service agents',
     "Caldera Bank will pay Sable AI about $90 million over five years to run AI agents that answer customers' "
     "questions by chat and phone, the Denver-based lender said on Monday. The agents will handle routine requests "
     "such as card replacements and balance questions, and hand harder cases to human staff. Caldera said the "
     "system would take over about 40% of the 11 million customer contacts it receives a year. The bank's chief "
     "operating officer, Nadia Brooks, said no call-centre staff would lose their jobs; instead, the bank will not "
     "fill positions as people leave. A union representing 2,300 Caldera call-centre workers said it had not been "
     "consulted. Sable AI, founded in 2021, counts four other regional US banks among its customers. The contract "
     "is the largest Sable has signed, its chief executive Marco Ventris said.",
     SENTS['g06']),
    ('g07', 'https://www.geekwire.com/nimbus-software-layoffs', 'GeekWire',
     'Nimbus Software cuts 1,100 jobs and shifts budget to AI products',
     "Nimbus Software will cut about 1,100 jobs, or 9% of its workforce, as it moves spending toward AI features "
     "for its accounting products, the Seattle company said in a memo to staff on Thursday. Most of the cuts fall "
     "in sales and in teams that support older desktop software. Chief executive Laura Pemberton wrote that the "
     "company would hire about 400 engineers over the next year to work on AI agents that reconcile accounts. "
     "Nimbus expects a restructuring charge of $140 million to $160 million, mostly severance, in its fiscal third "
     "quarter. The company's revenue grew 4% last year to $3.9 billion, its slowest growth in a decade. Shares "
     "rose 3% in morning trading. It is the second round of cuts at Nimbus this year; in March it laid off 350 "
     "people in its marketing department.",
     SENTS['g07']),
    ('g08', 'https://www.courthousenews.com/authors-quillmark-ruling', 'Courthouse News',
     "Judge dismisses most of authors' copyright suit against Quillmark AI",
     "A federal judge in San Francisco on Friday dismissed most of a copyright lawsuit that a group of 14 authors "
     "brought against Quillmark AI, but let one claim go forward. Judge Teresa Alvarado ruled that training "
     "Quillmark's models on the authors' books was fair use, because the training transformed the works. She "
     "refused, however, to dismiss the claim that Quillmark downloaded about 200,000 books from pirate websites, "
     "saying that question must go to a jury. The authors, led by the novelist Ben Ashworth, sued in March of last "
     "year. Their lawyer, Claire Donnelly, said they were pleased the piracy claim would be tried. Quillmark said "
     "in a statement that it welcomed the fair-use ruling and would defend itself at trial. A trial date has been "
     "set for June 8.",
     SENTS['g08']),
    ('g09', 'https://www.bleepingcomputer.com/driftwood-ai-breach', 'BleepingComputer',
     "Hackers stole customer API keys from Driftwood AI's portal",
     "Driftwood AI, which sells access to open-source models through its cloud platform, said on Wednesday that "
     "attackers had stolen API keys belonging to about 3,200 customers from its web portal. The intruders got in "
     "through a contractor's account that did not use two-factor authentication, the company said. Driftwood found "
     "the breach on November 2, nine days after it began, when a customer reported unusual charges. It has revoked "
     "all the affected keys and told customers to create new ones. Chief security officer Ilse Brandt said no "
     "training data or model weights had been taken. The stolen keys were used to run about $210,000 of computing "
     "jobs, which Driftwood said it would not charge to customers. The company has reported the incident to the "
     "Dutch data protection authority, because its main office is in Utrecht.",
     SENTS['g09']),
    ('g10', 'https://www.datacenterdynamics.com/stratus-cloud-outage', 'DatacenterDynamics',
     'Stratus Cloud outage takes AI chatbots offline for six hours',
     "A six-hour outage at Stratus Cloud on Monday took down services at dozens of companies that rent its "
     "graphics processors, including the chatbot makers Wren and Tollan AI. The failure began at 09:40 Eastern "
     "time in Stratus's Virginia region, when a faulty software update to its network switches cut off about "
     "30,000 servers, the company said in a preliminary report. Service returned fully at 15:50. Stratus said it "
     "would give affected customers credits worth 25% of their monthly bills, up from the 10% its contracts "
     "require. Wren said its app had been unavailable for most of the outage. Chief technology officer Paolo Reyes "
     "apologised and said Stratus would now roll out network changes to one data hall at a time. It was the "
     "company's second major outage this year, after a four-hour failure in April.",
     SENTS['g10']),
    ('g11', 'https://www.cnbc.com/cobalt-minds-ipo-debut', 'CNBC',
     'Cobalt Minds shares jump 38% in Nasdaq debut',
     "Shares of Cobalt Minds, which sells software that lets factories run AI models on their own machines, rose "
     "38% in their first day of trading on the Nasdaq on Thursday. The stock closed at $33.12 after Cobalt Minds "
     "set the price of its initial public offering at $24 a share, above the range of $20 to $22 it had named "
     "last week. The "
     "offering raised $612 million and valued Cobalt Minds at about $4.9 billion at the IPO price. The company, "
     "based in Pittsburgh, lost $58 million last year on revenue of $210 million, up 61% from a year earlier. "
     "Chief executive Sam Okafor said the company would not raise prices after the listing. \"Factories want AI "
     "that never leaves the building,\" he said on the exchange floor. Goldman Sachs and Morgan Stanley led the "
     "offering. It is the largest technology IPO in New York since March.",
     SENTS['g11']),
    ('g12', 'https://www.marketwatch.com/arden-chips-forecast', 'MarketWatch',
     'Arden Chips falls 9% as forecast misses on weak PC demand',
     "Arden Chips shares fell 9% on Wednesday after the chipmaker forecast fourth-quarter revenue of $2.05 "
     "billion, below the $2.2 billion analysts had expected. Sales of its processors for personal computers "
     "dropped 12% from a year earlier, while revenue from AI accelerators for data centres rose 35% to $640 "
     "million. Chief financial officer Greta Lindholm told analysts that PC makers were holding too much stock and "
     "would buy less until early next year. Arden's third-quarter revenue was $2.31 billion, up 3% from a year "
     "earlier and in line with forecasts. The company also said it would buy back $1 billion of its shares. "
     "Analysts at Jefferies cut their price target to $88 from $102. Arden's shares had risen 40% this year before "
     "the report.",
     SENTS['g12']),
    ('h01', 'https://www.artnews.com/halloway-auction-record', 'ARTnews',
     "Marta Villen painting sells for record $41 million at Halloway's",
     "A painting by the Spanish artist Marta Villen sold for $41 million at Halloway's in New York on Tuesday "
     "night, a record for a work by a woman painter of her generation. \"Harbour at Dusk\", painted in 1962, had "
     "been estimated at $25 million to $35 million. Five bidders competed for it for eleven minutes before it went "
     "to a buyer bidding by telephone, whom the auction house did not name. The previous record for Villen, $18.5 "
     "million, was set in London in 2021. The evening sale brought in $286 million in total, against a low "
     "estimate of $240 million, and 4 of the 52 lots went unsold. Halloway's chairman for modern art, Simon "
     "Achterberg, said the result showed that collectors were still willing to pay for rare works. The painting "
     "was sold by the estate of the collector Ruth Ebner.",
     SENTS['h01']),
    ('h02', 'https://www.swissinfo.ch/ski-resort-season', 'Swissinfo',
     'Vallorbe ski resort delays opening after warm November',
     "The Vallorbe ski resort in the Swiss canton of Valais has pushed back the start of its season by two weeks, "
     "to December 13, because there is too little snow on its lower slopes, its operator said on Friday. November "
     "temperatures in the valley averaged 5.8 degrees Celsius, 2.1 degrees above the thirty-year norm, according "
     "to the national weather service. The resort's snow cannons can cover only about a third of its 85 kilometres "
     "of runs. Operator Alpinia Bergbahnen said season-pass sales were 7% lower than a year earlier, at about "
     "31,000. Its managing director, Corinne Favre, said the company would invest 14 million Swiss francs over "
     "three years in more snowmaking. \"We cannot count on November snow any more,\" Favre said. The higher Glacier "
     "sector, above 2,500 metres, will open on November 29 as planned.",
     SENTS['h02']),
    ('h03', 'https://www.timeshighereducation.com/westmere-international-students', 'Times Higher Education',
     'International enrolments at Westmere universities fall 17%',
     "The number of new international students at universities in Westmere fell 17% this autumn, to about 48,000, "
     "after the government raised visa fees and limited the right of students to bring family members, official "
     "figures published on Wednesday showed. Enrolments from India fell 29% and those from Nigeria 41%, while "
     "students from China were down 3%. Universities Westmere, which represents 38 institutions, said the drop "
     "would cost its members about 620 million dollars a year in fees. Its president, Anneke Vos, said at least "
     "six universities had frozen hiring. The education minister, Paul Garrick, said the rules had cut fraudulent "
     "applications and that Westmere remained an attractive destination. Domestic enrolments rose 2% over the same "
     "period. The figures cover students who began courses between August and October.",
     SENTS['h03']),
    ('h04', 'https://www.derwentvalleyherald.co.uk/news/derwent-street-bridge-closure', 'Derwent Valley Herald',
     'Derwent Street bridge closed after inspectors find cracks',
     "The Derwent Street bridge in Ashby has been closed to all traffic after an inspection found cracks in two of "
     "its steel supports, the county council said on Saturday. The 1958 bridge carried about 18,000 vehicles a day "
     "and is the main link between the town centre and the railway station. Council engineer Priya Mallick said "
     "the cracks were found during a routine inspection on Thursday and that engineers would need at least six "
     "weeks to decide whether the bridge can be repaired. Buses will follow a diversion of about 3 kilometres. "
     "Pedestrians can still use a footbridge beside it. Councillor Tom Healey, who leads on transport, said a "
     "replacement would cost an estimated 22 million pounds and that the council would ask the government for "
     "help. Local shops said trade had already fallen since the closure.",
     SENTS['h04']),
    ('h05', 'https://www.nme.com/news/harrowfield-festival-cancelled', 'NME',
     'Harrowfield festival cancels final day as storm hits site',
     "The Harrowfield music festival cancelled its final day on Sunday after a storm brought winds of up to 95 "
     "kilometres an hour to the site, organisers said. About 62,000 people had tickets for the day, when the band "
     "Glass Orchard was due to headline. Festival director Owen Marsh said the decision was made at 6am on police "
     "advice, after two stage roofs were damaged overnight. \"Nobody's safety is worth a show,\" Marsh said. Ticket "
     "holders will get a refund of 40% of the weekend ticket price within 30 days. Campers were asked to leave the "
     "site by 2pm; traffic queues stretched for about 8 kilometres on the A45. The festival, in its 22nd year, "
     "sold out in February. Organisers said they had insurance against bad weather but did not say how much it "
     "would cover.",
     SENTS['h05']),
    ('h06', 'https://www.decanter.com/news/cote-brune-hail-harvest', 'Decanter',
     'Hail cuts Cote Brune grape harvest by a third',
     "Winemakers in the Cote Brune region expect to pick about 33% fewer grapes this year after two hailstorms in "
     "July destroyed fruit on roughly 4,500 hectares of vines, the regional growers' union said on Monday. The "
     "union estimates the harvest at 210,000 hectolitres of wine, down from 315,000 hectolitres last year. Its "
     "president, Jacques Mornand, said about 120 family estates had lost more than half their crop. The regional "
     "council approved 9 million euros of emergency loans at zero interest for the worst-hit growers. Prices for "
     "bulk Cote Brune red have risen to about 4.10 euros a litre, from 3.40 euros in June, according to brokers. "
     "Mornand said the quality of the grapes that survived was excellent. Only about 15% of the region's growers "
     "carry hail insurance, the union said.",
     SENTS['h06']),
    ('h07', 'https://www.healthservicejournal.com/carrick-waiting-lists', 'Health Service Journal',
     'Carrick hospital waiting list falls below 200,000 for first time since 2022',
     "The number of patients waiting for planned treatment at hospitals in the Carrick health region fell to "
     "196,400 at the end of October, the first time it has been below 200,000 since 2022, figures from the "
     "regional health board showed on Thursday. The list was 231,000 a year earlier. The number waiting more than "
     "a year fell to 8,900 from 14,200. The board said it had added weekend operating sessions at three hospitals "
     "and sent about 12,000 patients to private clinics at public expense. Its chief executive, Dr Helen Quayle, "
     "said waits for hip and knee operations remained too long, at a median of 41 weeks. Emergency departments "
     "were busier: 71% of patients were seen within four hours in October, down from 76% in September. The health "
     "minister, Aled Rhys, welcomed the figures.",
     SENTS['h07']),
    ('h08', 'https://www.postandparcel.info/nordpost-stamp-price', 'Post & Parcel',
     'Nordpost to raise first-class stamp price to 1.60 euros',
     "Nordpost will raise the price of a first-class stamp by 15 cents to 1.60 euros from February 1, the postal "
     "operator said on Tuesday, its second increase in twelve months. The price of a second-class stamp will rise "
     "to 1.10 euros from 1 euro. Letter volumes fell 11% last year, to 640 million items, while parcel volumes "
     "rose 6%, the company said. Nordpost lost 87 million euros on letters in the first half of the year. The "
     "regulator, the Communications Authority, must approve the increase and said it would decide by mid-January. "
     "Chief executive Henrik Aalto said Nordpost would also cut letter deliveries in rural areas to three days a "
     "week from five, starting in April. A consumer group, Kuluttajat, said the changes would hit elderly people "
     "who still rely on letters.",
     SENTS['h08']),
    ('h09', 'https://www.mongabay.com/ombila-rhino-poaching', 'Mongabay',
     'Rhino poaching in Ombila reserve falls to lowest level in a decade',
     "Poachers killed 11 rhinos in the Ombila game reserve this year, down from 46 in 2024 and the lowest number "
     "in a decade, the park authority said on Friday. The authority credits a network of thermal cameras installed "
     "along the reserve's eastern fence in 2025 and a dog unit that tracks poachers. Rangers arrested 37 suspected "
     "poachers during the year, up from 22. The reserve holds about 1,300 white rhinos and 210 black rhinos, "
     "according to an aerial count in August. Head ranger Thabo Nkosi said the cameras had been paid for by a 2.4 "
     "million dollar grant from the Kestrel Wildlife Trust. Nkosi warned that gangs had moved to smaller private "
     "reserves nearby, where four rhinos were killed in October. Conservation groups said the figures were "
     "encouraging but that one good year did not end the threat.",
     SENTS['h09']),
    ('h10', 'https://www.hollywoodreporter.com/box-office-tideline', 'The Hollywood Reporter',
     "Animated 'Tideline' tops weekend box office with $54 million",
     "The animated film 'Tideline' opened at the top of the North American box office with $54 million in ticket "
     "sales from Friday to Sunday, according to studio estimates. The film, made by Brightwell Animation and "
     "distributed by Meridian Pictures, cost about $120 million to make. Last weekend's leader, the thriller 'Cold "
     "Meridian', fell to second place with $21.5 million, a drop of 58% from its opening. Overseas, 'Tideline' "
     "took $61 million from 42 markets, bringing its global total to $115 million. Meridian's head of "
     "distribution, Karen Yip, said families had made up about 70% of the audience. Exit polls by CinemaScore gave "
     "the film an A grade. Total weekend ticket sales in North America were about $132 million, up 19% from the "
     "same weekend a year ago.",
     SENTS['h10']),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm`` on these 22 articles, one
# edition, benchmarks/collect_smollm2_writer.py; 37 calls: story, repair and signals), as the model wrote them,
# before the checker judged them: (article id, sentence, error[, other cited article ids]). The cites are the
# article(s) the call showed for that story (a signals sentence: the article(s) it is about). Labelled by reading.
# Left out as ambiguous: "Lattice Forge's revenue is almost all from partnership fees, nearly $45 million ..."
# ("nearly" against "about"), "... the outage occurred due to a malfunctioning switch" (the switches failed after a
# faulty update: a judgement call), "The new language model has scored 71.4% on the CodeTrial benchmark" (a
# vendor's claim stated as fact), "The data is a story of how the Sable AI system will be able to help Caldera
# Bank with its business.", "It was caused by a faulty software update to its network switches cut off about
# 30,000 servers." (garbled), "The judge dismissed most of the authors' copyright suit against Quillmark's models
# on the books." (garbled), "The bank has agreed to pay $90 million in order to run ..." ("about" and "over five
# years" dropped), and the near-repeats of sentences kept (the same answer given twice, a second copy of a lead).
SMOLLM2: list[tuple] = [
    ("g01", "Lattice Forge, a Boston startup whose AI models propose new drug molecules, has raised $520 million in a "
            "round led by Orchard Peak Partners, the company said on Monday.", S, ("g02",)),
    ("g01", "...", CF, ("g02",)),
    ("g02", "Lattice Forge has closed a $520 million financing at a $6.8 billion valuation, according to a person "
            "involved in the deal, as investors pour money into companies that use AI to design medicines.", S),
    ("g01", "Lattice Forge has raised $520 million to build AI models for drug chemists.", S),
    ("g11", "Cobalt Minds, a leading AI and technology company in the tech industry, has jumped 38% from Nasdaq to "
            "$24.10 on Thursday.", FIG),
    ("g11", "Cobalt Minds is a leading AI and technology company in the tech industry, with a market capitalization "
            "of over $62 billion.", FIG),
    ("g11", "Shares of Cobalt Minds, which sells software that lets factories run AI models on their own machines, "
            "rose 38% in its first day trading on Nasdaq.", S),
    ("g11", "The offering raised $612 million and valued Cobalt Minds at about $4.9 billion at the IPO price.", S),
    ("g11", "Cobalt Minds, a Boston-based startup that specializes in developing and manufacturing AI computing "
            "systems, is set to launch its own new round of funding by the end of this quarter.", CLAIM),
    ("g12", "Arden Chips falls 9% as forecast misses on weak PC demand", S),
    ("g12", "Arden's third-quarter revenue was $2.31 billion, up 3% from a year earlier and in line with "
            "forecasts.", S),
    ("g12", "Arden's third-quarter revenue was $2.31 billion, down 4% from a year earlier and above "
            "expectations.", DIR),
    ("g12", "Arden Chips shares fell 9% on Wednesday after the chipmaker forecast fourth-quarter revenue of $2.05 "
            "billion, below analysts' expectations.", S),
    ("g04", "Ember Cloud, the fast-growing rental provider of AI computing, has agreed to buy 600 megawatts of power "
            "from Granite Grid's Comanche Ridge nuclear plant in Texas for 20 years.", S),
    ("g04", "Ember Cloud is building a data center in Texas, and will spend $88 million to upgrade the plant's "
            "output by 1.6% of its current capacity.", FIG),
    ("g04", "The power will supply two data centers Ember is building near Glen Rose, and will have a total "
            "capacity of about 500 megawatts.", FIG),
    ("g04", "The company plans to spend $1.6 billion on the project.", FIG),
    ("g04", "Granite Grid has already invested in the project, but it's not the end of the story.", CLAIM),
    ("g04", "The power will supply two data centres Ember is building near Glen Rose, due to open in 2028.", S),
    ("g04", "Ember Cloud is building a data centre at the Elmendale Mountain facility, which will provide 600 "
            "megawatts of power to the grid.", CLAIM),
    ("g04", "The project has been approved by the Texas Energy Board and will begin in 2028.", CLAIM),
    ("g04", "Ember Cloud, the fast-growing rental provider of AI computing, has agreed to buy 600 megawatts of power "
            "from Granite Grid's Comanche Ridge nuclear plant in Texas.", S),
    ("g03", "The US Commerce Department will require licences for shipments of Tarn Semiconductor's H40 "
            "artificial-intelligence chips to Malaysia and Thailand from January 15, the department said on "
            "Thursday.", S),
    ("g03", "The rule covers any order of more than 1,000 chips.", S),
    ("g03", "Commerce under secretary Lena Ortiz said the two countries accounted for about 8% of its data-centre "
            "revenue in the last quarter and that it did not expect a material effect on its results.", ACT),
    ("g03", "Malaysia's trade ministry said it would work with Washington to check end users.", S),
    ("g10", "A six-hour outage at Stratus Cloud on Monday took down services at dozens of companies that rent its "
            "graphics processors, including the chatbot makers Wren and Tollan AI.", S),
    ("g10", "The failure began at 09:40 Eastern time in Stratus's Virginia region, when a faulty software update to "
            "its network switches cut off about 30,000 servers.", S),
    ("g10", "The failure began at 09:40 Eastern time in Stratus's Virginia region.", S),
    ("g10", "The outage lasted about six hours.", S),
    ("g10", "The outage has been blamed on the attack of Driftwood AI, which sells access to open-source models "
            "through its cloud platform.", MERGE, ("g09",)),
    ("g05", "The top-level of the Orca-4 is a new language model, which has been trained on the code and can be "
            "used to solve any programming task.", CLAIM),
    ("g05", "It's not just a new type of language but a new type of language that doesn't exist yet.", CLAIM),
    ("g05", "Pellucid AI on Tuesday released Orca-4, its newest language model and said it scored 7.8% on the "
            "CodeTrial benchmark of programming tasks.", FIG),
    ("g05", "The latest news is that Pellucid has raised about 1 billion euros since its founding in 2022.", FIG),
    ("g05", "The company plans to launch a new AI-powered translation service in the coming months, which will "
            "allow it to improve its language models and make them more accurate.", CLAIM),
    ("g08", "The decision was based on fair use, which allows for creative reuse and adaptation.", CLAIM),
    ("g08", "Quillmark said in a statement that it welcomed the fair-use ruling and would defend itself at "
            "trial.", S),
    ("g07", "Nimbus Software will cut about 1,000 jobs and shift budget to AI products.", FIG),
    ("g07", "...", CF),
    ("g07", "Chief executive Laura Pemberton wrote that the company would hire about 400 engineers over the next "
            "year to work on AI agents that reconcile accounts.", S),
    ("g07", "Nimbus expects a restructuring charge of $140 million to $160 million, mostly severance, in its fiscal "
            "third quarter.", S),
    ("g07", "This is expected to be split between the company's 3 main divisions and the 5 other major "
            "divisions.", CLAIM),
    ("g07", "The payout will include 1% of the company's annual earnings from the company's 2 largest "
            "subsidiaries.", CLAIM),
    ("g07", "The payouts for the 400 engineers who are hired by Nimbus are set at $8,796 per employee.", FIG),
    ("g07", "Nimbus Software cuts 1,100 jobs and shifts budget to AI products.", S),
    ("g07", "Nimbus will raise the price of a first-class stamp by 35% from February 2 at 1.60 euros.", MERGE,
     ("h08",)),
    ("g06", "The bank's chief operating officer, Nadia Brooks, said no call-centre staff would lose their jobs.", S),
    ("g06", "Instead, the bank will not fill positions as people leave.", S),
    ("g06", "The bank is a part of a regional US banking company that has been in business for over two decades "
            "and has many customers.", CLAIM),
    ("g06", "The data shows that Caldera Bank plans to pay $90 million to the AI service agents, which will allow "
            "them to use their customer's card.", CLAIM),
    ("g06", "The data will be used to improve the AI agents that answer customer's questions by chat and phone, "
            "the Denver-based lender said on Monday.", CLAIM),
    ("h08", "The price of a first-class stamp will rise to 1.60 euros from February 2, the postal operator said on "
            "Tuesday.", FIG),
    ("h08", "Nordpost to raise first-class stamp price to 1.60 euros from February 2, the postal operator said on "
            "Tuesday.", FIG),
    ("h08", "Nordpost lost 87 million euros on letters in the first half of the year.", S),
    ("h08", "Letter volumes fell 11% last year, to 640 million items, while parcel volumes rose 6%, the company "
            "said.", S),
    ("h08", "Nordpost will raise the price of a first-class stamp by 15 cents to 1.60 euros from February 1, the "
            "postal operator said on Tuesday, its second increase in twelve months.", S),
    ("h08", "The price of a second-class stamp will rise to 1.10 euros from 1 euro.", S),
    ("g09", "The stolen keys were used to run about $210,000 of computing jobs, which Driftwood said it would not "
            "charge to customers.", S),
    ("g09", "The stolen keys were used to run about $210,000 of computing jobs.", S),
    ("g09", "This is a multi-year incident that has been covered by the media.", CLAIM),
    ("g09", "This is a multi-centre incident that has been covered by the media.", CLAIM),
    ("g09", "This incident was not only a multi-year incident but also a multi-centre incident where Driftwood's "
            "security team worked to prevent this from happening again in 2019.", CLAIM),
]


def main() -> None:
    arts, rows = [], []
    url_of = {a[0]: a[1] for a in ARTICLES}

    def add(sentence: str, error: str, aid: str, cites: list[str], kind: str, origin: str | None = None) -> None:
        rows.append(sentence_row(f"y{len(rows) + 1:04d}", sentence, cites, error, aid, "evaluation5", origin,
                                 kind=kind))

    for aid, url, source, title, body, sents in ARTICLES:
        arts.append(article_row(aid, url, source, title, body))
        for sentence, error, others, kind in entries(sents):
            add(sentence, error, aid, [url] + [url_of[o] for o in others], kind)
    for aid, sentence in CONTENT_FREE:
        add(sentence, CF, aid, [url_of[aid]], "fact")
    answers: dict[str, set[str]] = {}
    for r in load_jsonl("eval5-smollm2_raw.jsonl"):
        for aid in r.get("articles", []):
            answers.setdefault(aid, set()).update(model_sentences(r["raw"] or ""))
    problems = []
    for aid, sentence, error, *others in SMOLLM2:
        if sentence not in answers.get(aid, ()):
            problems.append(f"not a sentence of the model's answer for {aid}: {sentence!r}")
        add(sentence, error, aid, [url_of[aid]] + [url_of[o] for o in (others[0] if others else ())],
            AN if error == GEN else "fact", "smollm2")
    problems += check_part(arts, rows, body_words=(120, 300), others=EARLIER)
    written = [r["sentence"] for r in rows if r["origin"] != "smollm2" and r["error"] != CF]
    problems += [f"copies {SHINGLE} words from elsewhere: {t[:80]!r}"
                 for t in copied(written + [a["body"] for a in arts], EARLIER, EARLIER_ARTICLES, SHINGLE)]
    if problems:
        sys.exit("\n".join(problems))
    write_jsonl("eval5-articles.jsonl", arts)
    write_jsonl("eval5-sentences.jsonl", rows)
    labels = Counter(r["label"] for r in rows)
    print(f"{len(arts)} articles, {len(rows)} sentences: {dict(labels)}")
    print("by error:", dict(sorted(Counter(r["error"] for r in rows).items())))
    print("by origin:", dict(sorted(Counter(r["origin"] for r in rows).items())))
    print("analysis sentences:", dict(Counter(r["label"] for r in rows if r["kind"] == AN)))
    print("AI-industry articles:", sum(a["id"].startswith("g") for a in arts), "others:",
          sum(a["id"].startswith("h") for a in arts))


if __name__ == "__main__":
    main()
