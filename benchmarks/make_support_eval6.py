"""Build the sixth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval6-articles.jsonl and eval6-sentences.jsonl (run once; the output is frozen and committed ALONE, written before
any run of the checker on it; the checker is run on it once, by the lead, at the end of the session).

    python benchmarks/make_support_eval6.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Eleven articles are AI-industry and tech news of the kind Topline reads (p01-p11): a funding round reported by two
outlets with figures that differ (p01 Bloomberg $410 million / p02 TechCrunch $450 million), an acquisition, a
competition authority's order on cloud exit fees, a geothermal power deal for a data centre, a memory chipmaker's
results, layoffs at a translation company, a patent jury verdict, a ransomware attack on a payroll provider, a
speech model launched with a benchmark claim and a GPU cloud IPO. Eight are on topics no earlier part uses
(q01-q08): a fishing quota, a city marathon, an earthquake, city rents, a junior chess championship, a hosepipe
ban, a lynx reintroduction and a literary prize. Wire and feature styles, quotes, "according to", speakers named by
role and by name, figures with units and currencies, comparisons ("up from", "a year earlier", "compared with"),
forecasts and plans beside done acts ("plans to", "expects", "could"), dates.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X reports that", voice changed, clauses reordered, a speaker named by role in one place and by name in
another, synonyms and other verbs for the same act ("was awarded" for "ordered ... to pay"), a nationality adjective
for a country ("the Ethiopian winner", "the Mesarian prime minister", "the Norlandic fisheries minister"),
two-sentence summaries of one passage, and analysis sentences (``kind`` "analysis") that only combine what the
cited articles say (both outlets' figures for one round, a difference computed from one passage). Each is fully
supported by one passage (a sentence and its neighbours) of a cited article, checked by reading. Unsupported
sentences (origin "planted"): unsupported claims, wrong actors (agent and object swapped, also across "with" and
"against", and inside noun phrases: "Nubra's president", "Greyline's chief executive"), wrong directions (antonyms,
for/against, majority/minority, won/lost, a negation flipped, a hedge or forecast stated as done, and a direction
ADDED where the source gives a figure with none), wrong figures, units, currencies and dates (kind "wrong_figure":
also a forecast's figure given as an actual and the figures of two items swapped), invented causes, merged events
(citing two articles, a claim that combines them falsely), content-free sentences and generic invented analysis
(error "generic_analysis"). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2
below, labelled by reading; their raw answers are in eval6-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py).
Every row belongs to the split "evaluation6"; ids "z0001"...
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support_gen import ACT, CAUSE, CF, CLAIM, DIR, FIG, GEN, MERGE, S, fresh_part, write_part  # noqa: E402

AN = "analysis"
EARLIER = ("sentences.jsonl", "cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl",
           "eval2-sentences.jsonl", "eval3-sentences.jsonl", "eval4-sentences.jsonl", "eval5-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl")
EARLIER_IDS = "skmvwxy"     # id prefixes of the earlier parts' sentences; article ids a, c, d, e, t, f, g, h
ROOT = Path(__file__).resolve().parents[1]
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS = {
    "p01": [
        ("Vesper Robotics has raised $410 million in a round led by Halcyon Ridge Capital, Bloomberg reports.", S),
        ("Bloomberg reports that the Pittsburgh startup is now valued at about $4.2 billion, up from $1.5 billion "
         "in February.", S),
        ("Northgale Ventures, which had already invested in Vesper, joined the new round as well.", S),
        ("The money will go on recording video of robots at work in 30 warehouses and on training a larger model, "
         "according to one of the people.", S),
        ("About 2,600 robots run Vesper's software today.", S),
        ("Vesper expects revenue of about $60 million this year, according to the people.", S),
        ("A Vesper spokesman would not comment on the valuation.", S),
        ("Vesper's valuation has risen by about $2.7 billion since February.", S, (), AN),
        ("Northgale Ventures led Vesper Robotics' $410 million round.", ACT),
        ("The round values Vesper at about $2.4 billion.", FIG),
        ("Vesper's valuation fell to $1.5 billion from $4.2 billion.", DIR),
        ("Vesper's software runs on about 26,000 robots today.", FIG),
        ("Vesper expects revenue of about $60 million next year.", FIG),
        ("Vesper expects its revenue to grow to about $60 million this year.", DIR),
        ("Vesper raised the money because its robots had failed in several warehouses.", CAUSE),
        ("Vesper plans to buy a robot maker with part of the money.", CLAIM),
        ("A Vesper spokesman confirmed the $4.2 billion valuation.", DIR),
        ("The round shows that investors now see warehouse robots as the next big market for AI.", GEN),
    ],
    "p02": [
        ("TechCrunch reports that Vesper Robotics has raised $450 million in a Series D round.", S),
        ("The round was led by Halcyon Ridge Capital and includes a $40 million extension that closed last week, "
         "Vesper's chief executive said.", S),
        ("Oona Marchetti, Vesper's chief executive, would not confirm the valuation.", S),
        ("Vesper's chief executive said the company was short of data, not of ideas.", S),
        ("Brannow Freight and Kell & Sons are among the logistics companies that use Vesper's software.", S),
        ("Robots running Vesper's software pick about 1.1 million items a day, twice as many as a year earlier, "
         "according to the company.", S),
        ("Marchetti said Vesper could seek a listing in 2028 but had no firm plans.", S),
        ("Bloomberg put Vesper's new round at $410 million, while TechCrunch put it at $450 million.", S, ("p01",),
         AN),
        ("Both Bloomberg and TechCrunch report that Halcyon Ridge Capital led Vesper's round.", S, ("p01",), AN),
        ("The two reports differ on the size of Vesper's round by $40 million.", S, ("p01",), AN),
        ("Both Bloomberg and TechCrunch put Vesper's round at $450 million.", FIG, ("p01",), AN),
        ("Marchetti confirmed that the round values Vesper at $4.2 billion.", DIR),
        ("Vesper has opened an office in Osaka.", DIR),
        ("Vesper will list its shares on the stock market in 2028.", DIR),
        ("Vesper has 430 employees.", FIG),
        ("Robots running Vesper's software pick about 1.1 million items a day, half as many as a year earlier.",
         DIR),
        ("Brannow Freight led the Series D round.", ACT),
        ("Kell & Sons sells Vesper's software to logistics companies.", ACT),
        ("The extension closed last week after Halcyon Ridge demanded a lower valuation.", CAUSE),
        ("Vesper Robotics will buy geothermal power from Hollis Energy for its robots.", MERGE, ("p05",)),
    ],
    "p03": [
        ("Corlen Systems has agreed to buy Tessaly for $1.3 billion in cash and stock.", S),
        ("Tessaly, a startup whose compiler speeds up AI models on custom chips, is being bought by the chip-design "
         "software maker Corlen Systems.", S),
        ("Of the $1.3 billion, $800 million will be paid in cash and the rest in Corlen shares.", S),
        ("Corlen Systems is buying Tessaly for $1.3 billion. It will pay $800 million in cash and the rest in "
         "shares.", S),
        ("The purchase still needs the approval of US and EU regulators and is expected to be completed in the "
         "second quarter of 2027.", S),
        ("Tessaly's chief executive, Anton Reiss, will report to Mei Hasegawa, Corlen's chief technology "
         "officer.", S),
        ("Corlen's chief executive said customers wanted design tools and compilers from a single supplier.", S),
        ("Shares of Corlen fell 4% after the deal was announced.", S),
        ("Corlen will pay $500 million of the price in its own shares.", S, (), AN),
        ("Tessaly has agreed to buy Corlen Systems for $1.3 billion.", ACT),
        ("Corlen will pay $800 million in its own shares and the rest in cash.", FIG),
        ("Regulators in the United States and the European Union have approved the deal.", DIR),
        ("Corlen's shares rose 4% on the news.", DIR),
        ("Mei Hasegawa will report to Tessaly's chief executive, Anton Reiss.", ACT),
        ("Corlen's chief technology officer, Daniel Okoro, said customers wanted tools from a single supplier.", ACT),
        ("Tessaly has 1,800 employees.", FIG),
        ("Corlen expects to complete the purchase in the first quarter of 2027.", FIG),
        ("Analysts at Pinnock Securities said the price was about 14 times Tessaly's annual revenue.", FIG),
        ("Corlen bought Tessaly to stop a rival from acquiring it.", CAUSE),
        ("Pinnock Securities advised Corlen on the deal.", CLAIM),
        ("The deal marks a turning point in the consolidation of AI chip software.", GEN),
    ],
    "p04": [
        ("Valdoria's competition authority has ordered Stratis, Nubra and Kelvio Cloud to stop charging exit fees "
         "from March 1.", S),
        ("Under an order of the competition authority, customers of the three largest Valdorian cloud providers "
         "will no longer have to pay fees to move their data to a rival.", S),
        ("Breaches of the order can be fined up to 10% of a company's turnover in Valdoria.", S),
        ("Elin Sarkis, the authority's president, said exit fees had cost Valdorian businesses about 140 million "
         "euros last year.", S),
        ("Nubra plans to challenge the order in the commercial court.", S),
        ("Stratis said it had already dropped the fees for customers who leave within a year of signing.", S),
        ("According to the authority, the three companies hold about 78% of Valdoria's cloud market.", S),
        ("The authority has also opened an inquiry into discounts that tie AI model access to cloud contracts.", S),
        ("Nubra said it would comply with the order.", DIR),
        ("Stratis said it would appeal against the order in the commercial court.", ACT),
        ("Breaches can be fined up to 10% of a company's global turnover.", FIG),
        ("Exit fees cost Valdorian businesses about 140 million euros last month.", FIG),
        ("The three companies hold a minority of Valdoria's cloud market.", DIR),
        ("The three companies' share of Valdoria's cloud market rose to about 78%.", DIR),
        ("The authority has issued new rules on discounts that tie AI model access to cloud contracts.", DIR),
        ("Valdoria's competition authority ordered the cloud providers to raise their exit fees.", DIR),
        ("The order applies from March 1 to Stratis and Nubra but not to Kelvio Cloud.", DIR),
        ("Kelvio Cloud welcomed the order.", CLAIM),
        ("The authority acted after a complaint from Kelvio Cloud.", CAUSE),
        ("Elin Sarkis, Nubra's president, said exit fees had cost businesses about 140 million euros.", ACT),
        ("The Valdorian order also covers Hollis Energy's geothermal power contracts.", MERGE, ("p05",)),
        ("The order is likely to push AI startups to spread their work across several clouds.", GEN),
    ],
    "p05": [
        ("Quarry AI will buy 350 megawatts of geothermal power from Hollis Energy for a data centre near Fallon, "
         "Nevada.", S),
        ("To supply Quarry, Hollis will build three new geothermal plants, the first of them due to start "
         "operating in late 2028.", S),
        ("A person familiar with the terms put the contract's value at about $2.4 billion over its life.", S),
        ("Quarry will take power from the grid through NV Grid until the plants are running.", S),
        ("Tomas Brandt, Hollis's chief executive, called the deal the largest purchase of geothermal power by a "
         "technology company.", S),
        ("Quarry expects the Fallon site to use about 500 megawatts at full capacity, its head of infrastructure "
         "said.", S),
        ("Hollis Energy's shares rose 11%.", S),
        ("Hollis Energy will buy 350 megawatts of power from Quarry AI.", ACT),
        ("Hollis Energy signed a 15-year contract with Quarry AI to buy geothermal power.", ACT),
        ("Quarry AI will build three new geothermal plants to supply the data centre.", ACT),
        ("The power contract runs for 25 years.", FIG),
        ("The first of the new geothermal plants is already operating.", DIR),
        ("The contract is worth about $2.4 million over its life.", FIG),
        ("The first of Hollis's new geothermal plants is due to start operating in early 2028.", FIG),
        ("Shares of Hollis fell 11%.", DIR),
        ("Leah Osei said 350 megawatts would cover all of the Fallon site's needs.", DIR),
        ("Quarry chose geothermal power after NV Grid refused to supply the site.", CAUSE),
        ("NV Grid's chief executive, Tomas Brandt, said the deal was the largest geothermal purchase by a "
         "technology company.", ACT),
        ("Quarry AI will sell the Fallon site's spare power back to NV Grid.", CLAIM),
        ("The deal shows that geothermal power is now cheaper than nuclear for AI data centres.", GEN),
        ("Quarry AI's data centre near Fallon will use Sorel Memory's high-bandwidth memory.", MERGE, ("p06",)),
    ],
    "p06": [
        ("Sorel Memory's third-quarter net profit tripled to 4.2 trillion won from 1.4 trillion won a year "
         "earlier.", S),
        ("Sorel's revenue rose 48% to 19.6 trillion won as sales of high-bandwidth memory for AI accelerators "
         "surged.", S),
        ("High-bandwidth memory accounted for 41% of Sorel's revenue, compared with 22% a year earlier.", S),
        ("Sorel said next year's output of high-bandwidth memory was already sold out.", S),
        ("Sorel expects revenue of about 21 trillion won in the fourth quarter.", S),
        ("Park Jin-ho, Sorel's chief financial officer, said prices of conventional memory chips had fallen for a "
         "second quarter.", S),
        ("Sorel plans to raise capital spending by about 30% next year, to 38 trillion won.", S),
        ("Sorel's shares ended 1.8% lower in Seoul.", S),
        ("Sorel's quarterly net profit rose by 2.8 trillion won from a year earlier.", S, (), AN),
        ("Sorel's net profit fell to 1.4 trillion won from 4.2 trillion won.", DIR),
        ("Sorel's revenue rose 48% to 16.9 trillion won.", FIG),
        ("High-bandwidth memory made up 22% of revenue, up from 41% a year earlier.", DIR),
        ("Sorel's revenue was about 21 trillion won in the third quarter.", FIG),
        ("Sorel's fourth-quarter revenue came in at about 21 trillion won.", DIR),
        ("Prices of conventional memory chips rose for a second quarter, Park said.", DIR),
        ("Sorel will cut capital spending next year by about 30%.", DIR),
        ("Sorel's shares rose 1.8% in Seoul after the results.", DIR),
        ("Sorel's shares fell because its output of high-bandwidth memory was sold out.", CAUSE),
        ("Sorel's chief executive, Park Jin-ho, told analysts that prices of conventional chips had fallen.", ACT),
        ("Sorel will build a new memory plant in the United States.", CLAIM),
        ("Sorel's results confirm that the AI boom has ended the memory industry's boom-and-bust cycle.", GEN),
    ],
    "p07": [
        ("The Irish translation company Linguana will cut about 600 jobs, a quarter of its workforce, as AI systems "
         "take over routine translation.", S),
        ("Linguana will cut about 600 jobs. Most of them are held by in-house translators and project coordinators "
         "in Dublin, Lisbon and Krakow.", S),
        ("Fiona Gallagher, Linguana's chief executive, said human translators would be kept for legal and medical "
         "work, where errors are costly.", S),
        ("About 150 staff will be retrained to check machine output, Linguana's chief executive said.", S),
        ("Linguana expects the cuts to cost 22 million euros in severance and other charges this year and to save "
         "38 million euros a year from 2027.", S),
        ("Linguana's revenue fell 9% last year to 310 million euros.", S),
        ("The Translators' Guild, which represents about 400 Linguana staff, said it would ballot members on "
         "industrial action.", S),
        ("The buyout firm Ostlin Partners took Linguana private in 2023.", S),
        ("Linguana will cut about 600 jobs, half of its staff.", FIG),
        ("Linguana will stop using human translators for legal and medical work.", DIR),
        ("Linguana's revenue rose 9% last year to 310 million euros.", DIR),
        ("The cuts will save 22 million euros a year from 2027.", FIG),
        ("Linguana's chief executive said the cuts would save 38 million euros this year.", FIG),
        ("The Translators' Guild has called a strike at Linguana.", DIR),
        ("The Translators' Guild backed the job cuts.", DIR),
        ("Linguana took Ostlin Partners private in 2023.", ACT),
        ("Ostlin Partners' chief executive, Fiona Gallagher, said human translators would be kept for legal "
         "work.", ACT),
        ("Linguana is cutting jobs because Ostlin Partners demanded higher profits.", CAUSE),
        ("Linguana will move the remaining work to a new office in Lisbon.", CLAIM),
        ("Linguana's cuts show that translation will be the first profession fully replaced by AI.", GEN),
    ],
    "p08": [
        ("A jury in Waco, Texas, ordered Draycott Semiconductor to pay Barrow Labs $212 million for infringing two "
         "of its patents.", S),
        ("Barrow Labs was awarded $212 million in damages by a federal jury in Waco.", S),
        ("Law360 reports that the patents cover a method for cooling stacked AI processors.", S),
        ("Barrow had sought $640 million in damages.", S),
        ("The jury found the patents valid but decided the infringement was not wilful, so the judge cannot triple "
         "the award.", S),
        ("Draycott said it disagreed with the verdict and plans to appeal.", S),
        ("Gemma Whitlock, Barrow's lawyer, said the company was pleased the jury had upheld its patents.", S),
        ("Barrow Labs, which has 40 staff in Austin, does not make chips but licenses its patents to others.", S),
        ("Victor Ames, Draycott's chief legal officer, said the case showed how costly patent suits had become for "
         "chipmakers.", S),
        ("The jury awarded Barrow $428 million less than it had asked for.", S, (), AN),
        ("The jury ordered Barrow Labs to pay Draycott Semiconductor $212 million.", ACT),
        ("Draycott Semiconductor's patent suit against Barrow Labs ended with a $212 million award.", ACT),
        ("Barrow Labs lost its patent case against Draycott Semiconductor.", DIR),
        ("The jury found that Draycott's infringement was wilful.", DIR),
        ("The jury agreed with Draycott that the patents were invalid.", DIR),
        ("The judge tripled the award to $636 million.", DIR),
        ("Draycott said it accepted the verdict.", DIR),
        ("Barrow Labs makes cooling chips in Austin.", DIR),
        ("Barrow had asked for $460 million.", FIG),
        ("Barrow's chief legal officer, Victor Ames, said patent suits had become costly for chipmakers.", ACT),
        ("Barrow sued after Draycott refused to pay a licence fee.", CAUSE),
        ("Draycott will have to stop selling its stacked AI processors.", CLAIM),
        ("The verdict will make chipmakers more careful about cooling patents.", GEN),
        ("Barrow Labs' cooling patents are also at issue in Corlen Systems' purchase of Tessaly.", MERGE, ("p03",)),
    ],
    "p09": [
        ("About 2,000 employers had wage payments delayed last week after a ransomware attack on the payroll "
         "software provider Paysmith.", S),
        ("Paysmith took its systems offline on October 28, when it found that files on its servers had been "
         "encrypted.", S),
        ("Services were restored on November 1, the company said.", S),
        ("A group known as Black Lantern copied the names, addresses and bank details of about 410,000 workers, "
         "according to Paysmith.", S),
        ("Rhys Cadogan, Paysmith's chief executive, said no ransom had been paid.", S),
        ("Paysmith will repay fees that employers incurred to pay their staff by other means, its chief executive "
         "said.", S),
        ("The Leeds company processes pay for about 1.3 million people.", S),
        ("According to the security firm Greyline, Black Lantern has claimed at least 30 other attacks this "
         "year.", S),
        ("Paysmith paid the ransom to restore its systems.", DIR),
        ("The attackers copied the bank details of about 41,000 workers.", FIG),
        ("Paysmith restored its services on October 28.", FIG),
        ("Greyline said Black Lantern had claimed at least 13 other attacks this year.", FIG),
        ("Paysmith, based in Leeds, processes pay for about 1.3 million employers.", FIG),
        ("Employers will repay Paysmith for the fees.", ACT),
        ("Greyline's chief executive, Rhys Cadogan, said the company had not paid a ransom.", ACT),
        ("The national data protection regulator has fined Paysmith.", DIR),
        ("The attackers got in through an employee's stolen password.", CAUSE),
        ("Black Lantern is based in Eastern Europe.", CLAIM),
        ("The attack shows that payroll firms are now the favourite target of ransomware gangs.", GEN),
        ("The Paysmith attack also exposed the bank details of Linguana's translators.", MERGE, ("p07",)),
    ],
    "p10": [
        ("Auralis launched Sona-3 on Thursday, a speech recognition model it says makes fewer errors than any "
         "rival.", S),
        ("Auralis said Sona-3 had a word error rate of 4.1% on the OpenVoice benchmark, against 5.6% for Nuvola's "
         "Echo-2.", S),
        ("Sona-3 transcribes 40 languages, compared with 25 for the previous model.", S),
        ("Auralis now charges $0.25 per hour of audio, down from $0.37.", S),
        ("Professor Daniel Mbeki, who created the benchmark, said models might have seen the test set during "
         "training because it had been public for two years.", S),
        ("Noor Qasim, Auralis's chief scientist, said the test recordings had been removed from the company's "
         "training data.", S),
        ("Auralis, a Toronto company with about 260 employees, plans to release a version of Sona-3 for phones next "
         "year.", S),
        ("Sona-3 transcribes 15 more languages than its predecessor.", S, (), AN),
        ("Auralis says Sona-3's error rate on OpenVoice is 1.5 percentage points lower than that of Echo-2.", S, (),
         AN),
        ("Independent tests confirmed that Sona-3 makes fewer errors than any rival.", CLAIM),
        ("Professor Daniel Mbeki said Auralis had trained Sona-3 on the test set.", CLAIM),
        ("Sona-3 had a word error rate of 5.6% on the OpenVoice benchmark.", FIG),
        ("Sona-3 transcribes 45 languages.", FIG),
        ("Nuvola's Echo-2 had a lower error rate than Sona-3 on the benchmark.", DIR),
        ("Auralis raised its price to $0.37 per hour of audio from $0.25.", DIR),
        ("A version of Sona-3 for phones is already available.", DIR),
        ("Nuvola's chief scientist, Noor Qasim, said the test recordings had been removed from training data.",
         ACT),
        ("The OpenVoice benchmark was created at the University of Toronto.", ACT),
        ("Auralis cut its price because Nuvola had lowered the price of Echo-2.", CAUSE),
        ("Sona-3's launch shows that speech recognition is now a solved problem.", GEN),
        ("Auralis will run Sona-3 on Tenjin Compute's graphics processors in Hokkaido.", MERGE, ("p11",)),
    ],
    "p11": [
        ("Tenjin Compute raised 180 billion yen in its initial public offering, the largest in Tokyo this year.", S),
        ("The shares were priced at 2,400 yen, the top of the marketed range.", S),
        ("On its first day of trading on Friday, Tenjin closed at 2,150 yen, 10.4% below the offer price.", S),
        ("Nikkei Asia reports that the listing values Tenjin at about 1.1 trillion yen.", S),
        ("Most of the money will go on about 20,000 accelerators and a data centre in Hokkaido.", S),
        ("Kenji Morita, Tenjin's chief executive, said demand from Japanese companies that train their own models "
         "had grown faster than expected.", S),
        ("Tenjin's revenue more than doubled to 61 billion yen in the year to March, although it made a net loss of "
         "9 billion yen.", S),
        ("Arata Holdings, a telecoms group, keeps a 35% stake in Tenjin after the offering.", S),
        ("Tenjin's shares closed 250 yen below their offer price on their first day.", S, (), AN),
        ("Tenjin's shares closed their first day 10.4% above the offer price.", DIR),
        ("The shares were priced at the bottom of the marketed range.", DIR),
        ("Tenjin made a net profit of 9 billion yen in the year to March.", DIR),
        ("Tenjin has built a data centre in Hokkaido.", DIR),
        ("Arata Holdings sold its whole stake in the offering.", DIR),
        ("Arata Holdings raised its stake in Tenjin to 35%.", DIR),
        ("Tenjin raised 180 million yen in its IPO.", FIG),
        ("Tenjin's revenue more than doubled to 61 billion yen in the year to September.", FIG),
        ("Tenjin Compute bought a 35% stake in Arata Holdings.", ACT),
        ("Arata Holdings' chief executive, Kenji Morita, said demand had grown faster than expected.", ACT),
        ("The shares fell on their debut because of Tenjin's net loss.", CAUSE),
        ("Tenjin's weak debut shows that investors are losing interest in AI infrastructure.", GEN),
        ("Tenjin will spend its IPO money on Sorel Memory's high-bandwidth memory, which is sold out for next "
         "year.", MERGE, ("p06",)),
    ],
    "q01": [
        ("Norland and Estavia agreed to cut next year's cod quota on the Skarsund Bank by 28%, to 41,000 tonnes.", S),
        ("The ministers agreed the cut after scientists warned that the cod stock was close to collapse.", S),
        ("The Skarsund Fisheries Council's scientists had advised a deeper cut, of 45%.", S),
        ("The haddock quota was increased by 12%, to 67,000 tonnes, as that stock has recovered.", S),
        ("Ingrid Tveit, the Norlandic fisheries minister, said the deal balanced the stock's future against jobs in "
         "coastal towns.", S),
        ("The Estavian fishermen's federation said some boats would have to stay in port for months because of the "
         "cut.", S),
        ("Blue Reach, an environmental group, accused ministers of once again ignoring the science.", S),
        ("The cod quota will be reviewed in June if a new survey shows the stock recovering faster than "
         "expected.", S),
        ("The ministers' cut was 17 percentage points smaller than the one the scientists advised.", S, (), AN),
        ("Ministers cut the cod quota by 45%, as scientists had advised.", FIG),
        ("The cod quota is 41,000 tonnes, down from 67,000 tonnes.", FIG),
        ("The cod quota was raised by 28%, to 41,000 tonnes.", DIR),
        ("The haddock quota was cut by 12%.", DIR),
        ("The Estavian fishermen's federation welcomed the cut.", DIR),
        ("Blue Reach said ministers had followed the science.", DIR),
        ("The quota was reviewed in June after a new survey.", DIR),
        ("All of the 1,900 boats that fish on the bank will have to stay in port for months.", DIR),
        ("Ingrid Tveit, Estavia's fisheries minister, said the agreement balanced the stock against jobs.", ACT),
        ("The cod stock collapsed because of warmer water on the bank.", CAUSE),
        ("Norland will pay compensation to fishermen who lose income.", CLAIM),
        ("Blue Reach and River Watch jointly accused ministers of ignoring the science.", MERGE, ("q06",)),
        ("The deal shows that governments still put short-term jobs ahead of conservation.", GEN),
    ],
    "q02": [
        ("Ethiopia's Meron Alemu won the Calverton Marathon on Sunday in 2:17:40, a women's course record.", S),
        ("Alemu broke the women's course record by 52 seconds.", S),
        ("Esther Kosgei of Kenya was second, 38 seconds behind the winner, and Britain's Amy Thornbury, the "
         "defending champion, was third.", S),
        ("The men's race was won by Uganda's Joel Opio in 2:05:12, well outside the course record of 2:03:58.", S),
        ("A record of about 38,500 runners finished the race, up from 35,200 last year.", S),
        ("Organisers said 212 runners were treated for heat exhaustion as temperatures reached 19C by late "
         "morning.", S),
        ("The Ethiopian winner, 24, was running only her second marathon.", S),
        ("Alemu said she had only wanted to finish in the top three.", S),
        ("Opio finished 74 seconds outside the men's course record.", S, (), AN),
        ("About 3,300 more runners finished than last year.", S, (), AN),
        ("Kenya's Esther Kosgei won the women's race.", ACT),
        ("Joel Opio broke the men's course record.", DIR),
        ("Alemu missed the women's course record by 52 seconds.", DIR),
        ("Fewer runners finished than last year.", DIR),
        ("Alemu said she had expected to win easily.", DIR),
        ("Alemu won in 2 hours 17 minutes 4 seconds.", FIG),
        ("Amy Thornbury, the defending champion, finished second.", FIG),
        ("Organisers said 212 runners were treated for heat exhaustion as temperatures reached 29C.", FIG),
        ("Alemu earns a $50,000 bonus for the course record.", FIG),
        ("Alemu won because the favourites dropped out in the heat.", CAUSE),
        ("The race will start earlier next year because of the heat.", CLAIM),
        ("Meron Alemu's course record came on the same day as Sofia Demir's title in Valmora.", MERGE, ("q05",)),
        ("Alemu's win confirms Ethiopia's growing dominance of women's road running.", GEN),
    ],
    "q03": [
        ("At least 14 people were killed and more than 300 injured when a magnitude 6.2 earthquake struck Mesaria's "
         "Vetrana province on Saturday, the civil protection agency said.", S),
        ("A magnitude 6.2 earthquake hit Mesaria's Vetrana province on Saturday. At least 14 people died.", S),
        ("The quake hit before dawn, 12 kilometres south of Belcasto, at a depth of 10 kilometres, according to "
         "the national seismology institute.", S),
        ("The strongest of more than 40 aftershocks had a magnitude of 4.8.", S),
        ("About 2,600 people spent the night in tents and school gyms.", S),
        ("Prime Minister Lidia Marcu said the government would release 50 million euros in emergency aid.", S),
        ("Soldiers are helping to search collapsed buildings, the Mesarian prime minister said.", S),
        ("Paolo Renzi, head of the civil protection agency, said the death toll could rise because rescuers had "
         "not yet reached several villages.", S),
        ("A hospital in Belcasto was evacuated as a precaution.", S),
        ("The earthquake killed at least 300 people.", FIG),
        ("The earthquake had a magnitude of 4.8.", FIG),
        ("The earthquake struck on Saturday evening.", FIG),
        ("The region had not been hit by a strong earthquake since 1897.", FIG),
        ("The government has paid out 50 million euros in emergency aid.", DIR),
        ("Paolo Renzi said the death toll was final.", DIR),
        ("The epicentre was 12 kilometres north of Belcasto.", DIR),
        ("Prime Minister Paolo Renzi said soldiers were helping to search collapsed buildings.", ACT),
        ("The European Union will send 50 million euros in emergency aid.", ACT),
        ("The hospital in Belcasto collapsed in the earthquake.", CLAIM),
        ("The Mesarian government has asked the European Union for help.", CLAIM),
        ("Many buildings collapsed because they were built before 1987.", CAUSE),
        ("The earthquake exposes how poorly the country has prepared for disasters.", GEN),
    ],
    "q04": [
        ("Average advertised rents in Brenford rose 9.4% in the year to September, to 1,840 pounds a month, "
         "according to Nestly.", S),
        ("The Guardian reports that rents in Brenford rose faster than the 6.1% increase for the country as a "
         "whole.", S),
        ("The number of homes listed to rent in the city was 23% lower than a year earlier.", S),
        ("The number of people enquiring about each home had doubled, Nestly said.", S),
        ("Omar Pryce, head of research at Nestly, said supply had shrunk as landlords sold up, just as demand from "
         "students and young workers grew.", S),
        ("Brenford city council plans to build 1,200 council homes by 2030, although the first 300 will not be "
         "finished before 2028.", S),
        ("One-bedroom flats saw rents rise by 12%, against 7% for family homes.", S),
        ("Nestly expects rents in Brenford to rise by about 5% next year, more slowly than this year.", S),
        ("Rents in Brenford rose 3.3 percentage points faster than in the country as a whole.", S, (), AN),
        ("Average advertised rents in Brenford fell 9.4% in the year to September.", DIR),
        ("Rents in Brenford rose more slowly than the national average.", DIR),
        ("The number of homes listed to rent in Brenford rose 23%.", DIR),
        ("Rents for family homes rose faster than rents for one-bedroom flats.", DIR),
        ("Nestly expects rents to fall next year.", DIR),
        ("Brenford city council has built 1,200 council homes.", DIR),
        ("Rents in Brenford rose 9.4% to 1,480 pounds a month.", FIG),
        ("Nestly expects rents to rise by about 5% this year.", FIG),
        ("Rents in Brenford rose about 5% in the year to September.", FIG),
        ("Brenford city council's head of research, Omar Pryce, said landlords had sold up.", ACT),
        ("Rents rose because the council cut housing benefit.", CAUSE),
        ("Brenford will cap rent rises at 5% from next year.", CLAIM),
        ("Brenford's rent rises show that the city is becoming unaffordable for young workers.", GEN),
    ],
    "q05": [
        ("Sofia Demir of Turkey won the World Junior Chess Championship in Valmora on Tuesday on tiebreak.", S),
        ("Demir and India's Arjun Rao both scored 8.5 points from 11 games, and Demir took the title on "
         "tiebreak.", S),
        ("The Turkish player's only loss was to Rao in the seventh round.", S),
        ("Demir won her last three games, while Rao drew his final two.", S),
        ("Germany's Felix Wagner was third with 8 points.", S),
        ("The tournament had 126 players from 58 countries, the most in its history, the organisers said.", S),
        ("Emre Aksoy, Demir's coach, said she had prepared for two months with a computer engine.", S),
        ("Rao said he was disappointed but would play in the Asian championship in March.", S),
        ("The winner receives 12,000 euros of the 60,000-euro prize fund.", S),
        ("Demir finished half a point ahead of Felix Wagner.", S, (), AN),
        ("Arjun Rao won the World Junior Chess Championship on tiebreak.", ACT),
        ("Rao lost only one game, to Demir in the seventh round.", ACT),
        ("Demir's loss against Wagner in the seventh round was her only defeat.", ACT),
        ("Rao's coach, Emre Aksoy, said he had prepared with a computer engine.", ACT),
        ("Demir beat Rao in the seventh round.", DIR),
        ("Demir went through the tournament unbeaten.", DIR),
        ("Demir lost her last three games.", DIR),
        ("Rao said he would not play in the Asian championship.", DIR),
        ("Demir scored 9.5 points from 11 games.", FIG),
        ("The tournament drew 126 players from 85 countries.", FIG),
        ("The winner receives 60,000 euros.", FIG),
        ("Rao lost the title because he was ill in the final rounds.", CAUSE),
        ("Demir will play in next year's Candidates tournament.", CLAIM),
        ("Demir's win shows that computer preparation now decides junior titles.", GEN),
    ],
    "q06": [
        ("Kessingham Water will ban hosepipe use by its 2.1 million customers from Friday, after the region's driest "
         "spring and summer since 1976.", S),
        ("Kessingham Water will ban hosepipes from Friday. Its reservoirs are 41% full, well below the average of "
         "68% for the time of year.", S),
        ("Watering gardens, filling paddling pools and washing cars with a hosepipe are banned, but businesses are "
         "exempt.", S),
        ("Customers who break the ban can be fined up to 1,000 pounds.", S),
        ("Sian Howells, Kessingham Water's operations director, said the ban could last until the spring unless "
         "this autumn's rainfall was well above average.", S),
        ("According to the regulator's latest figures, Kessingham Water loses about 180 million litres a day "
         "through leaks, about a fifth of the water it supplies.", S),
        ("The company fixed 9,400 leaks this year, up from 7,100 last year, it said.", S),
        ("River Watch, a campaign group, said Kessingham Water should fix its leaks before asking customers to cut "
         "back.", S),
        ("The company's reservoirs are 27 percentage points below their average level for the time of year.", S,
         (), AN),
        ("Kessingham Water's reservoirs are 68% full.", FIG),
        ("Customers who break the ban can be fined up to 100 pounds.", FIG),
        ("Kessingham Water loses about 180 million litres a week through leaks.", FIG),
        ("The hosepipe ban also applies to businesses.", DIR),
        ("The ban will end in the spring.", DIR),
        ("The company fixed fewer leaks this year than last year.", DIR),
        ("River Watch praised the company for fixing leaks.", DIR),
        ("This was the wettest spring and summer in the region since 1976.", DIR),
        ("Kessingham Water's operations director said the company should fix its leaks before asking customers to "
         "cut back.", ACT),
        ("The reservoirs are low because the company sold water to a neighbouring region.", CAUSE),
        ("Kessingham Water will raise bills next year to pay for new reservoirs.", CLAIM),
        ("The ban shows that the region's water supply can no longer keep up with demand.", GEN),
    ],
    "q07": [
        ("Eight Eurasian lynx were released into the Dornwald forest on Thursday, the first wild lynx in the region "
         "for more than 200 years, WildBorders said.", S),
        ("The four males and four females, caught in Slovakia, spent six weeks in quarantine, and each wears a GPS "
         "collar.", S),
        ("The charity plans to release a further 12 lynx over the next three years.", S),
        ("Most of the project's 1.6 million euro cost was paid by the regional government.", S),
        ("Sheep farmers opposed the release, and the regional farmers' union said it feared that lynx would attack "
         "lambs.", S),
        ("Marit Olsen, who leads the project for WildBorders, said lynx rarely kill sheep and that farmers would be "
         "paid for any losses within 30 days.", S),
        ("Georg Falk, the regional environment minister, said the lynx would help control roe deer, whose numbers "
         "have doubled since 2010.", S),
        ("In a survey last year, 63% of residents supported the plan.", S),
        ("Half of the eight lynx released are females.", S, (), AN),
        ("WildBorders released 12 lynx into the Dornwald forest.", FIG),
        ("The lynx spent six months in quarantine.", FIG),
        ("Farmers will be paid for losses within 90 days.", FIG),
        ("The charity has already released 20 lynx in the forest.", FIG),
        ("Sheep farmers supported the release.", DIR),
        ("A survey found that only a minority of residents supported the plan.", DIR),
        ("Georg Falk said roe deer numbers had halved since 2010.", DIR),
        ("Marit Olsen said farmers would not be paid for losses.", DIR),
        ("The project cost 1.6 million euros, most of it paid by WildBorders.", ACT),
        ("The regional farmers' union said lynx rarely kill sheep.", ACT),
        ("Lynx were brought back because roe deer had destroyed young trees in the forest.", CAUSE),
        ("A lynx killed two lambs in its first week in the forest.", CLAIM),
        ("The release in the Dornwald forest was paid for from Mesaria's 50 million euros of emergency aid.", MERGE,
         ("q03",)),
        ("The reintroduction shows that Europe's large predators are making a comeback.", GEN),
    ],
    "q08": [
        ("Adaeze Nwosu's debut novel 'The Salt Orchard' won the Harwell Prize for fiction on Tuesday, bringing her "
         "50,000 pounds.", S),
        ("The judges picked 'The Salt Orchard' from a shortlist of six, ahead of the favourite, Tomas Lindgren's "
         "'Winter Census'.", S),
        ("Harriet Vale, the critic who chaired the judges, said the decision was unanimous.", S),
        ("The novel, about three sisters who run a failing orchard on the coast, was published in March by the "
         "small press Ferrule Books.", S),
        ("'The Salt Orchard' has sold about 9,000 copies, according to BookTrack.", S),
        ("Dan Cole, Ferrule's publisher, said a reprint of 40,000 copies had been ordered.", S),
        ("Nwosu, 46, wrote the book in the evenings while she was working night shifts.", S),
        ("The planned reprint of 40,000 copies is more than four times the novel's sales so far.", S, (), AN),
        ("Tomas Lindgren's 'Winter Census' won the Harwell Prize.", ACT),
        ("Harriet Vale, Ferrule's publisher, said the decision had been unanimous.", ACT),
        ("Nwosu's novel is about three brothers who run a failing orchard.", ACT),
        ("The judges were split over the decision.", DIR),
        ("The novel was published by the large publisher Ferrule Books.", DIR),
        ("'The Salt Orchard' has sold about 90,000 copies.", FIG),
        ("Ferrule Books ordered a reprint of 4,000 copies.", FIG),
        ("Nwosu won 2,500 pounds.", FIG),
        ("'The Salt Orchard' is Nwosu's third novel.", FIG),
        ("'The Salt Orchard' will sell 120,000 copies in the year after the prize.", CLAIM),
        ("'The Salt Orchard' is being adapted for television.", CLAIM),
        ("The judges chose the novel because of Nwosu's years as a nurse.", CAUSE),
        ("The win shows that small presses are overtaking big publishers in literary fiction.", GEN),
    ],
}

# Content-free sentences a writer might publish (placeholders, fragments, boilerplate).
CONTENT_FREE = [
    ("p01", "..."), ("p03", "N/A"), ("p04", "Key points:"), ("p05", "[Summary]"),
    ("p06", "Further details were not immediately available."), ("p08", "TBD"),
    ("p09", "Read more at the source."), ("p10", "{\"facts\": []}"), ("p11", "The article covers the listing."),
    ("q01", "Nothing further to report."), ("q02", "The marathon"),
    ("q04", "Average advertised rents in the city rose in the year to"), ("q06", "Update pending."),
    ("q08", "See the full story for details."),
]

# (id, url, source, title, body), written by hand.
BODIES = [
    ('p01', 'https://www.bloomberg.com/news/vesper-robotics-funding', 'Bloomberg',
     'Vesper Robotics raises $410 million to train models for warehouse robots',
     "Vesper Robotics, a Pittsburgh startup that builds AI software for warehouse robots, has raised $410 million "
     "in a round led by Halcyon Ridge Capital, according to people familiar with the matter. The investment values "
     "the four-year-old company at about $4.2 billion, up from $1.5 billion when it last raised money in February, "
     "the people said. Existing investor Northgale Ventures also took part. Vesper plans to spend the money on "
     "recording video of robots at work in 30 warehouses and on training a larger model, one of the people said. "
     "Its software runs on about 2,600 robots today. The company expects revenue of about $60 million this year, "
     "the people said, asking not to be named because the talks were private. A spokesman for Vesper declined to "
     "comment on the valuation."),
    ('p02', 'https://techcrunch.com/vesper-robotics-series-d', 'TechCrunch',
     'Vesper Robotics lands $450M Series D as robot AI funding heats up',
     "Vesper Robotics has raised $450 million in a Series D round, the company confirmed to TechCrunch on Tuesday. "
     "Halcyon Ridge Capital led the round, which includes a $40 million extension that closed last week, chief "
     "executive Oona Marchetti said in an interview. Marchetti would not confirm the valuation. \"We are short of "
     "data, not of ideas,\" she said. Vesper, founded in 2022, has 340 employees and sells its software to "
     "logistics companies including Brannow Freight and Kell & Sons. The company says robots running its software "
     "pick about 1.1 million items a day across customers' sites, twice as many as a year earlier. Marchetti said "
     "Vesper would open an office in Osaka next year and could seek a stock market listing in 2028, but that it had "
     "no firm plans."),
    ('p03', 'https://www.reuters.com/technology/corlen-tessaly-deal', 'Reuters',
     'Corlen Systems to buy AI compiler startup Tessaly for $1.3 billion',
     "Corlen Systems, which makes chip-design software, agreed on Monday to buy Tessaly, a startup whose compiler "
     "speeds up AI models on custom chips, for $1.3 billion in cash and stock. Corlen will pay $800 million in "
     "cash and the rest in its own shares, the companies said. They expect to complete the purchase in the second "
     "quarter of 2027, subject to approval by regulators in the United States and the European Union. Tessaly, "
     "based in Zurich, has 180 employees and was valued at $600 million in its last funding round in 2025. Its "
     "chief executive, Anton Reiss, will report to Corlen's chief technology officer, Mei Hasegawa. Corlen's chief "
     "executive, Daniel Okoro, said customers wanted design tools and compilers from a single supplier. Corlen's "
     "shares fell 4% on the news. Analysts at Pinnock Securities said the price was about 40 times Tessaly's "
     "annual revenue."),
    ('p04', 'https://www.politico.eu/article/valdoria-cloud-exit-fees', 'Politico Europe',
     "Valdoria's competition authority orders cloud providers to scrap exit fees",
     "Valdoria's competition authority on Wednesday ordered the country's three largest cloud providers to stop "
     "charging customers fees to move their data to a rival, saying the charges locked businesses in as they build "
     "AI services. The order applies to Stratis, Nubra and Kelvio Cloud from March 1, and breaches can be fined up "
     "to 10% of a company's Valdorian turnover. The authority's president, Elin Sarkis, said exit fees had cost "
     "Valdorian businesses about 140 million euros last year. Nubra said it would appeal against the order in the "
     "commercial court. Stratis said it had already dropped the fees for customers that leave within a year of "
     "signing. Kelvio declined to comment. The three companies hold about 78% of the country's cloud market, "
     "according to the authority. The authority also opened an inquiry into discounts that tie access to AI models "
     "to cloud contracts, which could lead to further rules next year."),
    ('p05', 'https://www.utilitydive.com/news/quarry-ai-hollis-geothermal', 'Utility Dive',
     'Quarry AI signs 15-year geothermal power deal for Nevada data centre',
     "Quarry AI, which trains and rents out large language models, will buy 350 megawatts of geothermal power from "
     "Hollis Energy for a data centre near Fallon, Nevada, under a contract that runs for 15 years, the two "
     "companies said on Thursday. Hollis will build three new geothermal plants to supply the power, the first of "
     "which is due to start operating in late 2028. The contract is worth about $2.4 billion over its life, "
     "according to a person familiar with the terms. Until the plants are running, Quarry will draw power from the "
     "grid through NV Grid, the state's main utility. Hollis's chief executive, Tomas Brandt, said the deal was "
     "the largest purchase of geothermal power by a technology company. Quarry's head of infrastructure, Leah "
     "Osei, said the company expected the Fallon site to use about 500 megawatts at full capacity, so it would "
     "still need other sources. Shares of Hollis rose 11%."),
    ('p06', 'https://www.marketwatch.com/story/sorel-memory-profit-triples', 'MarketWatch',
     "Sorel Memory's quarterly profit triples on AI demand",
     "Sorel Memory said on Wednesday that its net profit for the third quarter tripled to 4.2 trillion won, compared "
     "with 1.4 trillion won a year earlier, as sales of high-bandwidth memory for AI accelerators surged. Revenue "
     "rose 48% to 19.6 trillion won. High-bandwidth memory made up 41% of revenue, up from 22% a year earlier. The "
     "Seoul-based chipmaker said its output of high-bandwidth memory for next year was already sold out. It expects "
     "fourth-quarter revenue of about 21 trillion won. Chief financial officer Park Jin-ho told analysts that "
     "prices of conventional memory chips used in phones and laptops had fallen for a second quarter. The company "
     "will raise capital spending next year by about 30%, to 38 trillion won, Park said. Sorel's shares closed 1.8% "
     "lower in Seoul, as some investors had hoped for a higher forecast."),
    ('p07', 'https://www.reuters.com/business/linguana-job-cuts', 'Reuters',
     'Linguana cuts 600 jobs as AI takes over routine translation',
     "Linguana, a Dublin-based translation company, will cut about 600 jobs, a quarter of its staff, as AI systems "
     "take over the translation of routine business documents, it said on Monday. Most of the roles are held by "
     "in-house translators and project coordinators in Dublin, Lisbon and Krakow. Chief executive Fiona Gallagher "
     "said the company would keep human translators for legal and medical work, where errors are costly, and would "
     "retrain about 150 staff to check machine output. Linguana expects the cuts to save 38 million euros a year "
     "from 2027 and to cost 22 million euros in severance and other charges this year. Its revenue fell 9% last "
     "year to 310 million euros. The Translators' Guild, which represents about 400 of the company's staff, said "
     "it would ballot members on industrial action. Linguana was taken private in 2023 by the buyout firm Ostlin "
     "Partners."),
    ('p08', 'https://www.law360.com/articles/barrow-labs-draycott-verdict', 'Law360',
     'Jury orders Draycott Semiconductor to pay Barrow Labs $212 million over chip-cooling patents',
     "A federal jury in Waco, Texas, on Friday found that Draycott Semiconductor infringed two patents held by "
     "Barrow Labs on a method for cooling stacked AI processors, and ordered Draycott to pay $212 million in "
     "damages. Barrow had asked for $640 million. The jury rejected Draycott's argument that the patents were "
     "invalid, but found that the infringement was not wilful, which means the judge cannot triple the award. "
     "Draycott said it disagreed with the verdict and would appeal. Barrow's lawyer, Gemma Whitlock, said the "
     "company was pleased that the jury had upheld its patents. Barrow Labs, a 40-person company in Austin, does "
     "not make chips; it licenses its patents to others. Draycott's chief legal officer, Victor Ames, said the case "
     "showed how costly patent suits had become for chipmakers. Draycott's annual revenue is about $9 billion."),
    ('p09', 'https://therecord.media/paysmith-ransomware-payroll', 'The Record',
     'Ransomware attack on Paysmith delays wages at 2,000 employers',
     "A ransomware attack on Paysmith, a payroll software provider, delayed wage payments to workers at about 2,000 "
     "employers last week, the company said on Sunday. Paysmith took its systems offline on October 28 after "
     "finding that files on its servers had been encrypted, and restored its services on November 1. The "
     "attackers, a group known as Black Lantern, also copied the names, addresses and bank details of about "
     "410,000 workers, the company said. Paysmith's chief executive, Rhys Cadogan, said the company had not paid a "
     "ransom and would repay fees that employers had incurred to pay their staff by other means. The national data "
     "protection regulator said it was making inquiries. Paysmith, based in Leeds, processes pay for about 1.3 "
     "million people. Black Lantern has claimed at least 30 other attacks this year, according to the security "
     "firm Greyline."),
    ('p10', 'https://www.theverge.com/auralis-sona-3-speech-model', 'The Verge',
     'Auralis launches Sona-3 speech model and claims the lowest error rate',
     "Auralis on Thursday launched Sona-3, a speech recognition model that it says makes fewer errors than any "
     "rival. The company said Sona-3 had a word error rate of 4.1% on the OpenVoice benchmark of English "
     "recordings, compared with 5.6% for Nuvola's Echo-2, the next best system it tested. The new model also "
     "transcribes 40 languages, up from 25 for its predecessor. Auralis charges $0.25 per hour of audio, down from "
     "$0.37. The benchmark's creator, Professor Daniel Mbeki of the University of Groningen, said the test set had "
     "been public for two years, so models might have seen it during training. Auralis's chief scientist, Noor "
     "Qasim, said the company had removed the test recordings from its training data. A version of Sona-3 that "
     "runs on phones will be available next year, the company said. Auralis, based in Toronto, has about 260 "
     "employees."),
    ('p11', 'https://asia.nikkei.com/business/tenjin-compute-ipo', 'Nikkei Asia',
     'GPU cloud firm Tenjin Compute raises 180 billion yen in Tokyo IPO',
     "Tenjin Compute, which rents graphics processors to AI developers in Japan, raised 180 billion yen in its "
     "initial public offering, the largest in Tokyo this year. The shares were priced at 2,400 yen, at the top of "
     "the marketed range, but closed their first day of trading on Friday at 2,150 yen, 10.4% below the offer "
     "price. The listing values the company at about 1.1 trillion yen. Tenjin will use most of the money to buy "
     "about 20,000 accelerators and to build a data centre in Hokkaido. Chief executive Kenji Morita said demand "
     "from Japanese companies that train their own models had grown faster than expected. Tenjin's revenue more "
     "than doubled to 61 billion yen in the year to March, but it made a net loss of 9 billion yen. The telecoms "
     "group Arata Holdings keeps a 35% stake after the offering."),
    ('q01', 'https://www.fishingnews.example/skarsund-cod-quota', 'Fishing News',
     'Ministers cut Skarsund Bank cod quota by 28%',
     "Fisheries ministers from Norland and Estavia agreed early on Wednesday to cut next year's cod quota on the "
     "Skarsund Bank by 28%, to 41,000 tonnes, after scientists warned that the stock was close to collapse. "
     "Scientists at the Skarsund Fisheries Council had advised a cut of 45%. The haddock quota was raised by 12%, "
     "to 67,000 tonnes, because that stock has recovered. Norland's fisheries minister, Ingrid Tveit, said the "
     "agreement balanced the future of the stock against jobs in coastal towns. The Estavian fishermen's "
     "federation said the cut would force some boats to stay in port for months. The environmental group Blue "
     "Reach said ministers had once again ignored the science. The quota will be reviewed in June if a new survey "
     "shows the stock recovering faster than expected. About 1,900 boats fish on the bank."),
    ('q02', 'https://apnews.com/calverton-marathon-record', 'Associated Press',
     "Ethiopia's Meron Alemu breaks Calverton Marathon course record",
     "Meron Alemu of Ethiopia won the Calverton Marathon on Sunday in 2 hours 17 minutes 40 seconds, breaking the "
     "women's course record by 52 seconds. Kenya's Esther Kosgei finished second, 38 seconds behind, and the "
     "defending champion, Britain's Amy Thornbury, was third. In the men's race, Uganda's Joel Opio won in 2:05:12, "
     "well outside the course record of 2:03:58. About 38,500 runners finished, a record for the race, up from "
     "35,200 last year. Temperatures reached 19C by late morning, and organisers said 212 runners had been treated "
     "for heat exhaustion. Alemu, 24, was running only her second marathon. \"I only wanted to finish in the top "
     "three,\" she said. The winners each receive $50,000, and Alemu earns a $25,000 bonus for the course record."),
    ('q03', 'https://apnews.com/mesaria-vetrana-earthquake', 'Associated Press',
     'Magnitude 6.2 earthquake in Mesaria kills at least 14',
     "A magnitude 6.2 earthquake struck the mountainous Vetrana province of Mesaria before dawn on Saturday, "
     "killing at least 14 people and injuring more than 300, the country's civil protection agency said. The "
     "epicentre was 12 kilometres south of the town of Belcasto, at a depth of 10 kilometres, according to the "
     "national seismology institute. More than 40 aftershocks followed, the strongest of magnitude 4.8. About 2,600 "
     "people spent the night in tents and school gyms. Prime Minister Lidia Marcu said the government would release "
     "50 million euros in emergency aid and that soldiers were helping to search collapsed buildings. The agency's "
     "head, Paolo Renzi, said the death toll could rise because rescuers had not yet reached several villages. A "
     "hospital in Belcasto was evacuated as a precaution. The region was last hit by a strong earthquake in 1987."),
    ('q04', 'https://www.theguardian.com/money/brenford-rents-rise', 'The Guardian',
     'Brenford rents rise 9.4% as fewer homes come up for let',
     "Average advertised rents in Brenford rose 9.4% in the year to September, to 1,840 pounds a month, according "
     "to the property website Nestly. That was faster than the 6.1% rise for the country as a whole. The number of "
     "homes listed to rent in the city was 23% lower than a year earlier, Nestly said, while the number of people "
     "enquiring about each home had doubled. Nestly's head of research, Omar Pryce, said landlords selling up had "
     "shrunk supply just as demand from students and young workers grew. Brenford city council said it planned to "
     "build 1,200 council homes by 2030, but the first 300 would not be finished before 2028. Rents for "
     "one-bedroom flats rose faster, by 12%, while rents for family homes rose 7%. Nestly expects rents in the city "
     "to rise more slowly next year, by about 5%."),
    ('q05', 'https://www.chessnews.example/world-junior-demir', 'ChessNews',
     'Sofia Demir wins World Junior Championship on tiebreak',
     "Sofia Demir of Turkey won the World Junior Chess Championship in Valmora on Tuesday, finishing ahead of "
     "India's Arjun Rao on tiebreak after both players scored 8.5 points from 11 games. Demir, 18, lost only one "
     "game, to Rao in the seventh round, but won her last three games while Rao drew his final two. Third place went "
     "to Germany's Felix Wagner with 8 points. The tournament drew 126 players from 58 countries, the most in its "
     "history, according to the organisers. Demir's coach, Emre Aksoy, said she had prepared for two months with a "
     "computer engine but chose lines \"that make people think\". Rao said he was disappointed but would play in "
     "the Asian championship in March. The prize fund was 60,000 euros, of which the winner receives 12,000 "
     "euros."),
    ('q06', 'https://www.bbc.co.uk/news/kessingham-water-hosepipe-ban', 'BBC News',
     'Hosepipe ban for 2.1 million Kessingham Water customers',
     "Kessingham Water will ban the use of hosepipes by its 2.1 million customers from Friday, after the driest "
     "spring and summer in the region since 1976, the company said. Its reservoirs are 41% full, compared with an "
     "average of 68% for the time of year. The ban covers watering gardens, filling paddling pools and washing cars "
     "with a hosepipe; businesses are exempt. Customers who break it can be fined up to 1,000 pounds. The "
     "company's operations director, Sian Howells, said the ban could last until the spring unless rainfall this "
     "autumn was well above average. Kessingham Water loses about 180 million litres a day through leaks, about a "
     "fifth of the water it supplies, according to the regulator's latest figures. The company said it had fixed "
     "9,400 leaks this year, up from 7,100 last year. The campaign group River Watch said the company should fix "
     "its leaks before asking customers to cut back."),
    ('q07', 'https://www.wildlifenews.example/dornwald-lynx-release', 'Wildlife News',
     'Eight lynx released into Dornwald forest in first reintroduction',
     "Eight Eurasian lynx were released into the Dornwald forest on Thursday, the first time the animals have lived "
     "wild in the region for more than 200 years, the conservation charity WildBorders said. The four males and "
     "four females were caught in Slovakia and spent six weeks in quarantine. Each wears a GPS collar. The charity "
     "plans to release 12 more over the next three years. The project has cost 1.6 million euros, most of it paid "
     "by the regional government. Sheep farmers opposed the release, and the regional farmers' union said it feared "
     "attacks on lambs. WildBorders' project lead, Marit Olsen, said lynx rarely kill sheep and that farmers would "
     "be paid for any losses within 30 days. The regional environment minister, Georg Falk, said the lynx would "
     "help control roe deer, whose numbers had doubled since 2010. A survey last year found that 63% of residents "
     "supported the plan."),
    ('q08', 'https://www.thebookseller.com/news/salt-orchard-harwell-prize', 'The Bookseller',
     "Debut novel 'The Salt Orchard' wins 50,000-pound Harwell Prize",
     "'The Salt Orchard', the first novel by the former nurse Adaeze Nwosu, won the Harwell Prize for fiction on "
     "Tuesday evening, bringing her 50,000 pounds. The judges chose it from a shortlist of six books, ahead of the "
     "favourite, Tomas Lindgren's 'Winter Census'. The chair of the judges, the critic Harriet Vale, said the "
     "decision had been unanimous. The novel, about three sisters who run a failing orchard on the coast, was "
     "published in March by the small press Ferrule Books and has sold about 9,000 copies, according to the sales "
     "data firm BookTrack. Ferrule's publisher, Dan Cole, said the press had ordered a reprint of 40,000 copies. "
     "Nwosu, 46, wrote the book in the evenings while working night shifts. Each of the other shortlisted authors "
     "receives 2,500 pounds. Last year's winner sold 120,000 copies in the year after the prize."),
]

ARTICLES = [(aid, url, source, title, body, SENTS[aid]) for aid, url, source, title, body in BODIES]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm`` on these 19 articles, one
# edition, benchmarks/collect_smollm2_writer.py; 25 calls: 15 story, 7 repair, 3 signals, about 10 of the AI-industry
# articles, none about q01-q08 because the edition did not pick them), as the model wrote them, before
# the checker judged them: (article id, sentence, error[, other cited article ids]). The cites are the article(s)
# the call showed for that story (a signals sentence: the article(s) it is about). Labelled by reading.
# Left out as ambiguous or garbled: "The investment value is $4.2 billion, up from $1.5 billion ..." ("investment
# value" for the valuation), "Valdoria's competition authority orders cloud providers to stop charging for data
# transfer" (all data transfer, or exit fees only?), "The attackers copied ... from Paysmith's systems on October 28
# to restore services on November 1." and "... from Paysmith's systems last week." (the date of the copying is not
# given), the fragments "180 billion yen in the initial public offering." and "The largest in Tokyo this year.", and
# repeats and near-repeats of sentences kept (the same answer given twice, a lead cut short, "data centers").
SMOLLM2: list[tuple] = [
    ("p01", "Vesper Robotics, a Pittsburgh startup that builds AI software for warehouse robots, has raised $410 "
            "million in a Series D round, the company confirmed to TechCrunch on Tuesday.", FIG, ("p02",)),
    ("p01", "Vesper Robotics has raised $40 million in Series D rounds and plans to spend about $36 million on "
            "training a larger model.", FIG, ("p02",)),
    ("p01", "facts: The investment value is $410 million, up from $1.5 billion when it last raised money in "
            "February, the people said.", FIG, ("p02",)),
    ("p01", "The investment value is $410 million, up from $1.5 billion when it last raised money in February, the "
            "people said.", FIG, ("p02",)),
    ("p01", "Vesper plans to spend about $36 million on training a larger model of a warehouse robot at a time that "
            "will be completed by the end of next year.", FIG, ("p02",)),
    ("p02", "Vesper Robotics has raised $450 million in a Series D round, the company confirmed to TechCrunch on "
            "Tuesday.", S),
    ("p06", "Sorel Memory said on Wednesday that its net profit for the third quarter tripled to 4.2 trillion won, "
            "compared with 1.4 trillion a year earlier.", S),
    ("p06", "The company has increased production of high-bandwidth memory by 30% in recent months.", FIG),
    ("p06", "High-bandwidth memory made up 41.6 million units last quarter.", FIG),
    ("p06", "The company will raise capital spending next year by about 30%, to 38 trillion won, Park said.", S),
    ("p06", "High-bandwidth memory made up 41% of revenue, up from 22% a year earlier.", S),
    ("p11", "GPU cloud firm Tenjin Compute raises 180 billion yen in Tokyo IPO", S),
    ("p11", "...", CF),
    ("p11", "Tenjin's revenue more than doubled to 61 billion yen in the year to March, but it made a net loss of "
            "9billion yen.", S),
    ("p03", "Corlen Systems, which makes chip-design software, agreed on Monday to buy Tessaly, a startup whose "
            "compiler speeds up AI models on custom chips.", S),
    ("p03", "...", CF),
    ("p03", "Tessaly is the latest in a long line of chip-design software companies that have been built by the "
            "company's founders, Daniel Okoro and Elon Musk.", CLAIM),
    ("p03", "Corlen will pay $800 million in cash and the rest in its own shares, the companies said.", S),
    ("p04", "The order applies to Stratis, Nubra and Kelvio Cloud from March 1, and breaches can be fined up to 10% "
            "of a company's Valdorian turnover.", S),
    ("p04", "Stratis said it had already dropped the fees for customers that leave within a year of signing.", S),
    ("p04", "The order applies to Stratis, Nubra and Kelvio Cloud from March 1; the payout is only available to "
            "those who have signed a contract with the company.", CLAIM),
    ("p04", "The order affects all three cloud providers that are part of the Valdoria's competition authority, "
            "which includes Stratis, Nubra and Kelvio.", CLAIM),
    ("p04", "The payout is only available to those who have signed a contract with the company.", CLAIM),
    ("p01", "Vesper Robotics raises $410M to train models for warehouse robots", S),
    ("p06", "Sorel Memory's quarterly profit triples on AI demand", S),
    ("p05", "Quarry AI, which trains and rents out large language models, will buy 350 megawatts of geothermal power "
            "from Hollis Energy for a data centre near Fallon in Nevada.", S),
    ("p05", "The data centre in Fallon, Nevada will be built by Hollis Energy and will provide 350 megawatts of "
            "geothermal power from the company's own data centres.", ACT),
    ("p05", "The contract is a 15-year lease with a 2-year extension to 2028.", CLAIM),
    ("p06", "Sorel's quarterly profit tripled to 4.2 trillion won, compared with 1.4 trillion in the previous "
            "year.", S),
    ("p06", "The company will raise capital spending next year by about 30%, to $38 million.", FIG),
    ("p06", "Caps: 3.8 trillion, 1.4 trillion in the previous year.", FIG),
    ("p06", "The company will raise capital spending next year by about $38 million.", FIG),
    ("p08", "A federal jury in Waco, Texas, on Friday found that Draycott Semiconductor infringed two patents held "
            "by Barrow Labs on a method for cooling stacked AI processors, and ordered Draycott to pay $212 million "
            "in damages.", S),
    ("p08", "The court ruled that the patent infringement was wilful and could not be tripled; however, the court "
            "also ruled that the patent infringement was not wilful because the jury rejected the case.", DIR),
    ("p08", "Barrow's lawyer Gemma Whitlock said Draycott Labs did not make chips; it does not manufacture its own "
            "products.", ACT),
    ("p08", "She added that she would appeal the decision, but the court ruled that the patent infringement was "
            "wilful because the jury rejected the case.", ACT),
    ("p08", "The court ruled that the patent infringement was wilful; however, the judge cannot triple the award; "
            "however, it is a matter of fact and the court ruled that the patent infringement was not wilful "
            "because the jury rejected the case.", DIR),
    ("p08", "The jury rejected Draycott's argument that the patents were invalid; however, the judge cannot triple "
            "the award.", S),
    ("p08", "The court also found that the patent infringement was not wilful; however, it is a matter of fact and "
            "the court ruled that the patent infringement was not wilful because the jury rejected the case.", CAUSE),
    ("p11", "The data is a report of the latest news from Tokyo, Japan.", CF),
    ("p11", "It includes information about the recent news and also provides details on how it was made.", CF),
    ("p11", "The shares were priced at 2,400 yen.", S),
    ("p11", "The company will use most of the money to buy about 20,000 accelerators and build a data centre in "
            "Hokkaido.", S),
    ("p11", "Tenjin Compute, which rents graphics processors to AI developers in Japan, raised 180 billion yen this "
            "year.", S),
    ("p10", "Auralis's new Sona-3 speech recognition model is the lowest error rate in English, beating Echo-2 by "
            "4.1% on the OpenVoice benchmark of English recordings.", FIG),
    ("p10", "The company said Sona-3 had a word error rate of 4.1% on the OpenVoice benchmark of English recordings, "
            "compared with 5.6% for Nuvola's Echo-2.", S),
    ("p01", "The investment values the four-year-old company at about $4.2 billion when it last raised money in "
            "February, the people said.", FIG, ("p02",)),
    ("p02", "Halcyon Ridge Capital led the round, which included a $40 million extension that closed last week.", S,
     ("p01",)),
    ("p01", "The investment values the four-year-old company at about $4.2 billion when it first raised money in "
            "February, the people said.", FIG, ("p02",)),
    ("p09", "A ransomware attack on Paysmith, a payroll software provider, delayed wage payments to workers at about "
            "2,000 employers last week.", S),
    ("p09", "the national data protection regulator said it was making inquiries.", S),
    ("p09", "The ransom was paid by Paysmith's chief executive Rhys Cadogan to restore services on November 1.", DIR),
    ("p02", "Vesper Robotics raises $450M Series D as robot AI funding heats up", S),
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="z", split="evaluation6",
                                      raw_name="eval6-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval6", arts, rows, problems, (("AI-industry articles", "p"), ("others", "q")))


if __name__ == "__main__":
    main()
