"""Build the fourth calibration part of the claim-support set (issue 10, third round): tests/data/support/
cal4-articles.jsonl and cal4-sentences.jsonl (run once; the output is frozen and committed BEFORE the checker was
tuned on it).

    python benchmarks/make_support_cal4.py

Written by hand for this file (new companies and facts; nothing from the demo corpus, ../shared/data, or any
evaluation part). Aimed at what the calibration parts still miss or reject (benchmarks/RESULTS.md, "Claim
support", second round): an actor who only tried to act ("sought to", "failed to", "bid for"), gapped clauses
("A will supply X and B the Y"), comparatives of size and steepness; and, for the faithful side, a figure restated
with other words around it, a name given in a neighbouring sentence of the passage, a speaker named differently in
the neighbouring sentence ("the federation" for "the Nurses' Federation"), and the rewrites the LLM writer is
asked for (topline/write/llm/prompts.py: a source sentence rewritten shorter, names and figures copied exactly,
an outlet attribution). Every row belongs to the calibration part (split "calibration").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support_gen import ACT, CAUSE, CLAIM, DIR, FIG, S, build, write_jsonl  # noqa: E402

ARTICLES = [
    ("d01", "https://www.reuters.com/business/harwick-bid-lanmore", "Reuters",
     "Harwick fails in bid for Lanmore Chemicals",
     "Harwick Industries tried to buy Lanmore Chemicals for $3.2 billion, but Lanmore's board rejected the offer on "
     "Monday as too low. Lanmore instead agreed to sell its coatings unit to Peverel Group for $900 million. Lanmore "
     "shares rose 6%. Harwick said it would not raise its bid.",
     [("Harwick Industries offered $3.2 billion for Lanmore Chemicals, but Lanmore's board rejected it as too low.",
       S),
      ("Lanmore's board turned down Harwick's $3.2 billion offer on Monday.", S),
      ("Lanmore agreed to sell its coatings unit to Peverel Group for $900 million instead.", S),
      ("Harwick said it would not raise its bid, Reuters reports.", S),
      ("Harwick Industries bought Lanmore Chemicals for $3.2 billion.", ACT),
      ("Harwick Industries has agreed to buy Lanmore Chemicals for $3.2 billion.", ACT),
      ("Peverel Group agreed to sell its coatings unit to Lanmore for $900 million.", ACT),
      ("Lanmore's board accepted the offer on Monday.", DIR),
      ("Harwick said it would raise its bid.", DIR)]),
    ("d02", "https://www.ft.com/content/ostvald-wind-consortium", "Financial Times",
     "Ostvald and Kerrin win Baltic wind contract",
     "Danish group Ostvald will build the turbines and Kerrin Energy the cables for a 1.1 gigawatt wind farm off "
     "Poland, the Polish energy ministry said. The project will cost about 4 billion euros. Ostvald's shares gained "
     "3%, while Kerrin's were flat. Construction starts in 2027.",
     [("Ostvald will build the turbines and Kerrin Energy the cables for a 1.1 gigawatt wind farm off Poland.", S),
      ("The 1.1 gigawatt wind farm off Poland will cost about 4 billion euros, the Polish energy ministry said.", S),
      ("Kerrin Energy will build the cables for the wind farm, which will cost about 4 billion euros.", S),
      ("Ostvald's shares gained 3% while Kerrin's were flat.", S),
      ("Kerrin Energy will build the turbines and Ostvald the cables.", ACT),
      ("Kerrin Energy will build the turbines for the wind farm off Poland.", ACT),
      ("Kerrin's shares gained 3%, while Ostvald's were flat.", ACT),
      ("Ostvald's shares lost 3%.", DIR),
      ("Construction starts in 2028.", FIG)]),
    ("d03", "https://www.bloomberg.com/news/ravel-bond-yields", "Bloomberg",
     "Ravel bond yields jump as budget gap widens",
     "Ravel's 10-year bond yield jumped 18 basis points to 4.9% on Tuesday, its steepest rise since March, after the "
     "finance ministry said the budget deficit would widen to 5.8% of output. The gap between Ravel's yields and "
     "German ones widened to 210 basis points. Finance minister Aldo Ferri said spending cuts would follow in "
     "January.",
     [("The yield on Ravel's 10-year bond jumped 18 basis points to 4.9%, its steepest rise since March.", S),
      ("The finance ministry said Ravel's budget deficit would widen to 5.8% of output.", S),
      ("The gap between Ravel's yields and German ones widened to 210 basis points.", S),
      ("Finance minister Aldo Ferri said spending cuts would follow in January.", S),
      ("Ravel's 10-year bond yield rose 18 basis points to 4.9% after the ministry said the deficit would widen to "
       "5.8% of output.", S),
      ("Ravel's 10-year bond yield had its smallest rise since March.", DIR),
      ("The gap between Ravel's yields and German ones narrowed to 210 basis points.", DIR),
      ("The budget deficit would shrink to 5.8% of output, the finance ministry said.", DIR),
      ("Aldo Ferri said tax rises would follow in January.", CLAIM)]),
    ("d04", "https://www.wsj.com/articles/tamsin-nurses-deal", "WSJ",
     "Tamsin nurses end strike after pay deal",
     "Nurses at Tamsin County's hospitals ended a nine-day strike after the Nurses' Federation accepted a 7% pay "
     "rise from the county health board. The federation had sought 10%. \"Our members have been heard,\" federation "
     "president Joan Kiley said. The board said the deal would cost $48 million a year.",
     [("The Nurses' Federation accepted a 7% pay rise from Tamsin County's health board, ending a nine-day "
       "strike.", S),
      ("The federation had sought a 10% pay rise.", S),
      ("\"Our members have been heard,\" said Joan Kiley, the federation's president.", S),
      ("The health board said the deal would cost $48 million a year.", S),
      ("Tamsin County's health board accepted a 7% pay rise from the Nurses' Federation.", ACT),
      ("The health board had sought 10%.", ACT),
      ("Nurses at Tamsin County's hospitals began a nine-day strike after rejecting a 7% pay rise.", DIR),
      ("Joan Kiley said the deal would cost $48 million a year.", ACT),
      ("The nurses accepted the deal because the county threatened to hire agency staff.", CAUSE)]),
    ("d05", "https://www.theverge.com/pixley-ar-headset", "The Verge",
     "Pixley delays its AR headset to 2028",
     "Pixley has pushed back the launch of its augmented reality headset to 2028 from late 2027, the company told "
     "suppliers, according to two people familiar with the plans. The headset will use displays from Sorai Optics. "
     "Pixley tried to build the displays itself but abandoned the effort last year. The company declined to "
     "comment.",
     [("Pixley has pushed back the launch of its augmented reality headset to 2028 from late 2027.", S),
      ("Pixley delayed its AR headset to 2028, according to two people familiar with the plans.", S),
      ("The headset will use displays from Sorai Optics after Pixley abandoned its own effort last year.", S),
      ("Pixley declined to comment, The Verge reports.", S),
      ("Pixley built the displays for the headset itself.", ACT),
      ("Sorai Optics has pushed back the launch of its headset to 2028.", ACT),
      ("Pixley has brought forward the launch of its headset to 2027.", DIR),
      ("Pixley delayed the headset because Sorai Optics could not supply enough displays.", CAUSE)]),
    ("d06", "https://apnews.com/article/corran-flood-aid", "AP",
     "Corran approves flood aid as rivers recede",
     "Corran's parliament approved 2.5 billion crowns in aid for flood-hit towns on Wednesday, with 141 votes in "
     "favour and 22 against. The opposition Green party had sought a larger package. River levels in the east fell "
     "below danger marks for the first time in a week. Prime minister Elin Dahl said rebuilding would take two "
     "years.",
     [("Corran's parliament approved 2.5 billion crowns in aid for flood-hit towns, by 141 votes to 22.", S),
      ("The Green party, in opposition, had sought a larger aid package.", S),
      ("River levels in the east fell below danger marks for the first time in a week.", S),
      ("Rebuilding will take two years, prime minister Elin Dahl said.", S),
      ("Corran's parliament approved 2.5 billion crowns in aid, AP reports.", S),
      ("The Green party had sought a smaller package.", DIR),
      ("River levels in the east rose above danger marks.", DIR),
      ("The Green party approved 2.5 billion crowns in aid for flood-hit towns.", ACT),
      ("Parliament approved the aid with 141 votes against.", DIR)]),
    ("d07", "https://www.reuters.com/tech/brightmoor-chip-plant", "Reuters",
     "Brightmoor picks Ohio for $6 billion chip plant",
     "Chipmaker Brightmoor will build a $6 billion packaging plant in Ohio, choosing the state over Arizona after "
     "Ohio offered $400 million in tax credits. The plant will employ 1,800 people when it opens in 2029. Brightmoor "
     "chief executive Nadia Quill said demand from AI customers had doubled. Arizona's governor had lobbied for the "
     "project.",
     [("Brightmoor will build a $6 billion chip packaging plant in Ohio.", S),
      ("Brightmoor chose Ohio over Arizona after Ohio offered $400 million in tax credits.", S),
      ("The Ohio plant will employ 1,800 people when it opens in 2029.", S),
      ("Nadia Quill, Brightmoor's chief executive, said demand from AI customers had doubled.", S),
      ("The $6 billion plant, Brightmoor's choice over Arizona, will open in 2029.", S),
      ("Brightmoor will build a $6 billion packaging plant in Arizona.", ACT),
      ("Arizona offered $400 million in tax credits.", ACT),
      ("Nadia Quill said demand from AI customers had halved.", DIR),
      ("The plant will employ 1,800 people when it opens in 2028.", FIG)]),
    ("d08", "https://www.bloomberg.com/news/selwyn-retail-sales", "Bloomberg",
     "Selwyn retail sales fall for third month",
     "Retail sales in Selwyn fell 0.6% in October, the third monthly decline in a row, the statistics agency said on "
     "Friday. Economists had forecast a rise of 0.2%. Sales of clothing dropped 2.1%, while food sales edged up "
     "0.3%. The central bank meets next week.",
     [("Selwyn's retail sales fell 0.6% in October, the third monthly decline in a row.", S),
      ("Economists had forecast a 0.2% rise, the statistics agency's figures showed.", CLAIM),
      ("Clothing sales dropped 2.1% while food sales edged up 0.3%.", S),
      ("The fall in October was Selwyn's third monthly decline in a row, according to the statistics agency.", S),
      ("Retail sales in Selwyn fell 0.6% in October, against economists' forecast of a 0.2% rise.", S),
      ("Retail sales in Selwyn rose 0.6% in October.", DIR),
      ("Sales of clothing edged up 2.1%, while food sales dropped 0.3%.", DIR),
      ("Economists had forecast a fall of 0.2%.", DIR),
      ("Sales fell because of unusually warm weather.", CAUSE)]),
    ("d09", "https://www.ft.com/content/almont-ceo-exit", "Financial Times",
     "Almont chief quits after investor revolt",
     "Almont Group chief executive Pieter Raes resigned on Thursday after shareholders led by activist fund Crestline "
     "voted against his pay package. Chair Greta Vos will run the company until a successor is found. Almont's "
     "profit fell 30% last year. Crestline, which owns 6% of Almont, had called for a break-up.",
     [("Almont Group chief executive Pieter Raes has resigned after shareholders voted against his pay package.", S),
      ("Shareholders led by activist fund Crestline voted against Pieter Raes's pay package.", S),
      ("Chair Greta Vos will run Almont until a successor is found.", S),
      ("Crestline, which owns 6% of Almont, had called for a break-up of the group.", S),
      ("Greta Vos resigned as chief executive of Almont Group.", ACT),
      ("Crestline voted for Pieter Raes's pay package.", DIR),
      ("Almont's profit rose 30% last year.", DIR),
      ("Pieter Raes will run the company until a successor is found.", ACT),
      ("Crestline owns 16% of Almont.", FIG)]),
    ("d10", "https://techcrunch.com/quillon-acquires-nettle", "TechCrunch",
     "Quillon acquires Nettle after Orvis deal falls through",
     "Security firm Quillon acquired startup Nettle for $210 million, weeks after Nettle's talks to sell itself to "
     "Orvis Software fell through. Quillon will keep Nettle's 85 employees and its brand. Nettle's founder Remi "
     "Adeyemi becomes Quillon's head of product. Orvis had offered $260 million but withdrew.",
     [("Quillon has acquired Nettle for $210 million, weeks after Nettle's talks with Orvis Software fell "
       "through.", S),
      ("Nettle, which had talked with Orvis Software, was bought by Quillon for $210 million.", S),
      ("Quillon will keep Nettle's 85 employees and brand, and founder Remi Adeyemi becomes head of product.", S),
      ("Orvis had offered $260 million for Nettle but withdrew.", S),
      ("Orvis Software acquired Nettle for $260 million.", ACT),
      ("Orvis Software acquired Nettle for $210 million.", ACT),
      ("Quillon will cut Nettle's 85 employees.", DIR),
      ("Remi Adeyemi becomes Orvis's head of product.", ACT)]),
    ("d11", "https://www.reuters.com/markets/tarlow-copper-price", "Reuters",
     "Copper slides as Tarlow mine restarts",
     "Copper prices fell 2.4% to $8,950 a tonne on the London Metal Exchange after Tarlow Mining restarted its "
     "Velasco mine in Chile, which had been shut by a landslide in August. The mine produces about 300,000 tonnes a "
     "year. Traders said Chinese demand remained weak. Tarlow shares climbed 5% in Toronto.",
     [("Copper fell 2.4% to $8,950 a tonne on the London Metal Exchange after Tarlow Mining restarted its Velasco "
       "mine in Chile.", S),
      ("The Velasco mine, which produces about 300,000 tonnes a year, had been shut by a landslide in August.", S),
      ("Traders said Chinese demand for copper remained weak.", S),
      ("Tarlow's shares climbed 5% in Toronto, Reuters reports.", S),
      ("Copper prices rose 2.4% after Tarlow restarted its Velasco mine.", DIR),
      ("Tarlow Mining closed its Velasco mine in Chile in August to cut costs.", CAUSE),
      ("Traders said Chinese demand had recovered.", DIR),
      ("Copper prices fell 2.4% to $9,850 a tonne.", FIG)]),
    ("d12", "https://www.bbc.com/news/kestrel-bay-ferry", "BBC",
     "Kestrel Bay ferry route saved by council deal",
     "The ferry between Kestrel Bay and Orrin Island will keep running after the county council agreed to pay "
     "operator Wavecrest 1.2 million pounds a year. Wavecrest had planned to end the route in January, saying it "
     "lost money. Islanders had campaigned for months. Council leader Amir Shah called the deal \"a lifeline\".",
     [("The county council agreed to pay Wavecrest 1.2 million pounds a year to keep the Kestrel Bay ferry "
       "running.", S),
      ("Wavecrest had planned to end the route to Orrin Island in January, saying it lost money.", S),
      ("Council leader Amir Shah called the deal \"a lifeline\" after islanders campaigned for months.", S),
      ("The ferry between Kestrel Bay and Orrin Island will keep running, the BBC reports.", S),
      ("Wavecrest agreed to pay the county council 1.2 million pounds a year.", ACT),
      ("The ferry between Kestrel Bay and Orrin Island will stop running in January.", DIR),
      ("Wavecrest had planned to extend the route in January.", DIR),
      ("The county council agreed to pay Wavecrest 2.1 million pounds a year.", FIG)]),
    ("d13", "https://www.cnbc.com/varden-earnings", "CNBC",
     "Varden beats forecasts as cloud sales surge",
     "Varden Software reported third-quarter revenue of $4.3 billion, up 24% from a year earlier and ahead of "
     "analysts' estimates of $4.1 billion. Cloud sales surged 41%. The company raised its full-year forecast to "
     "$16.8 billion. Shares rose 9% in extended trading. Chief executive Omar Haddad said customers were spending "
     "more on AI tools.",
     [("Varden Software's third-quarter revenue rose 24% to $4.3 billion, ahead of analysts' estimates of $4.1 "
       "billion.", S),
      ("Varden's cloud sales surged 41% and it raised its full-year forecast to $16.8 billion.", S),
      ("Varden shares rose 9% in extended trading, CNBC reports.", S),
      ("Omar Haddad, Varden's chief executive, said customers were spending more on AI tools.", S),
      ("Varden beat forecasts with revenue of $4.3 billion, up 24%.", S),
      ("Varden Software's revenue missed analysts' estimates.", DIR),
      ("Varden cut its full-year forecast to $16.8 billion.", DIR),
      ("Cloud sales surged 14%.", FIG),
      ("Omar Haddad said customers were spending less on AI tools.", DIR)]),
    ("d14", "https://www.politico.eu/article/lisov-election-result", "Politico",
     "Lisov's ruling party loses majority",
     "The ruling Civic Union lost its majority in Lisov's parliamentary election on Sunday, winning 71 of 150 seats, "
     "down from 84. The nationalist Homeland party came second with 38 seats. Prime minister Jana Petrik said she "
     "would seek a coalition with the Liberals, who won 15. Turnout was 61%.",
     [("Lisov's ruling Civic Union lost its majority, winning 71 of 150 seats, down from 84.", S),
      ("The nationalist Homeland party came second with 38 seats in Sunday's election.", S),
      ("Jana Petrik, the prime minister, said she would seek a coalition with the Liberals, who won 15 seats.", S),
      ("Turnout in the Lisov election was 61%.", S),
      ("The Civic Union lost its majority, Politico reports.", S),
      ("The Civic Union increased its majority in Lisov's election.", DIR),
      ("The Homeland party won 71 of 150 seats.", ACT),
      ("Jana Petrik said she would seek a coalition with the Homeland party.", ACT),
      ("Turnout was 16%.", FIG)]),
]


def main() -> None:
    arts, rows = build(ARTICLES, "m", "calibration")
    write_jsonl("cal4-articles.jsonl", arts)
    write_jsonl("cal4-sentences.jsonl", rows)
    print(f"{len(arts)} articles, {len(rows)} sentences")



if __name__ == "__main__":
    main()
