"""Build the third calibration part of the claim-support set: tests/data/support/cal3-sentences.jsonl (run once;
frozen and committed BEFORE the checker was run on it).

    python benchmarks/make_support_cal3.py

Why it exists: after the role, opposite and negation checks were tuned on the calibration parts, the ONE
evaluation run rejected 19 % of the evaluation part's faithful paraphrases (target <= 10 %), against 5.7 % on the
calibration parts; the evaluation sentences were not read. The cal2 paraphrases were written about cal2's own
articles; these are new faithful paraphrases (and a few planted errors, so recall stays measured) of the FIRST
set's calibration articles (odd numbers, a01-a23), written by hand with the constructions a rewrite uses: voice
changes, fronted clauses, appositions, relative clauses, nominalisations, infinitives, participles, possessives
and "according to" attributions. All rows are calibration rows.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support_gen import ACT, DIR, S, load_jsonl, sentence_row, write_jsonl  # noqa: E402

URLS = {a["id"]: a["url"] for a in load_jsonl("articles.jsonl")}

ROWS = {
    "a01": [("A funding round led by SoftBank brought Zentrox Robotics $400 million.", S),
            ("SoftBank led the $400 million round raised by Zentrox Robotics, a warehouse automation startup.", S),
            ("The Munich-based company is now valued at $3.1 billion, up from $1.2 billion a year earlier.", S),
            ("According to chief executive Lena Brandt, the money will pay for a factory in Poland and 300 "
             "engineering hires.", S),
            ("Atomico, an existing investor, also took part in the round.", S),
            ("Atomico led the $400 million round raised by Zentrox Robotics.", ACT),
            ("The round values Zentrox at $3.1 billion, down from $1.2 billion a year ago.", DIR)],
    "a03": [("Real-time facial recognition by police in public spaces has been banned by the European Union.", S),
            ("Except in narrowly defined terrorism cases, police may no longer use real-time facial recognition "
             "in public spaces in the EU.", S),
            ("Member states have been given 18 months to bring their laws in line.", S),
            ("The ban was welcomed by digital rights groups, which said the exemptions were too broad.", S),
            ("During the negotiations, France pushed for wider exemptions.", S),
            ("Digital rights groups pushed for wider exemptions during negotiations.", ACT),
            ("Digital rights groups criticised the ban but said the exemptions were too narrow.", DIR)],
    "a05": [("About 2,400 workers joined the 48-hour strike at the port of Rotterdam, the FNV union said.", S),
            ("Plans to automate two container terminals led dock workers in Rotterdam to walk out on Monday.", S),
            ("The automation would not lead to forced redundancies, according to port operator Maasvlakte "
             "Terminals.", S),
            ("At least 15 vessels were diverted to Antwerp and Hamburg by shipping lines.", S),
            ("Further strikes are possible if talks fail, the union said.", S),
            ("Maasvlakte Terminals said about 2,400 workers joined the strike.", ACT),
            ("Port operator Maasvlakte Terminals said the automation would lead to forced redundancies.", DIR)],
    "a07": [("The Selic rate was raised by Brazil's central bank by 50 basis points to 12.75% on Wednesday.", S),
            ("It was the third increase in a row for Brazil's benchmark Selic rate, which now stands at 12.75%.",
             S),
            ("After a drought pushed up food prices, inflation expectations worsened, policymakers said.", S),
            ("The central bank signalled it could slow the pace of increases at its December meeting.", S),
            ("Against the dollar, the real strengthened 0.8% after the decision.", S),
            ("The real weakened 0.8% against the dollar after the decision.", DIR),
            ("Brazil's central bank said inflation expectations had improved.", DIR)],
    "a09": [("Swiss glaciers lost 4% of their remaining ice this year, according to the Glacier Monitoring "
             "Switzerland network.", S),
            ("A dry winter with little snow and a hot August drove the losses, scientists said.", S),
            ("The Rhone glacier retreated by 40 metres this year.", S),
            ("Half of Switzerland's glaciers could disappear by 2050, researchers warned.", S),
            ("The record loss, 6%, was set in 2022.", S),
            ("The Rhone glacier advanced by 40 metres.", DIR)],
    "a11": [("3 billion euros of subsidies for green hydrogen plants were approved by Germany's cabinet on "
             "Wednesday.", S),
            ("Most of the 14 projects the money will support are near wind farms on the coast.", S),
            ("The plants will produce hydrogen for steel mills from 2029, according to economy minister Katrin "
             "Vogt.", S),
            ("The scheme favoured large utilities, the opposition said.", S),
            ("The aid still has to be cleared by the European Commission under state-aid rules.", S),
            ("The European Commission said the scheme favoured large utilities.", ACT),
            ("The European Commission has already cleared the aid under state-aid rules.", DIR)],
    "a13": [("Brightwater has been sued at the High Court by a group of 40,000 customers.", S),
            ("The customers claim that Brightwater underreported sewage spills into rivers.", S),
            ("About 300 million pounds in compensation is sought by the claim.", S),
            ("Last year, the regulator Ofwat opened its own investigation into Brightwater.", S),
            ("Moody's downgraded Brightwater's debt in September.", S),
            ("Brightwater downgraded Moody's debt in September.", ACT),
            ("Ofwat closed its investigation into Brightwater last year.", DIR)],
    "a15": [("The oil output cuts of 2 million barrels a day will be extended by OPEC+ until the end of March.",
             S),
            ("After the decision, Brent crude rose 3% to $84 a barrel on Monday.", S),
            ("An extra voluntary cut of 1 million barrels a day will be kept by Saudi Arabia, it said.", S),
            ("Weaker demand from China pushed the group to act, analysts said.", S),
            ("The group will meet again in February.", S),
            ("Brent crude fell 3% to $84 a barrel on Monday after the decision.", DIR),
            ("Saudi Arabia said it would end its extra voluntary cut of 1 million barrels a day.", DIR)],
    "a17": [("Henrik Sand, the chief executive of Nordvik Brewing, resigned on Thursday.", S),
            ("Two weeks before Sand resigned, the brewer had cut its profit forecast for the year.", S),
            ("Until a successor is found, the company will be led by chair Anna Lind.", S),
            ("Since the profit warning, Nordvik shares have fallen 22%.", S),
            ("A wet summer and weak beer sales in Poland and the Baltics were blamed by the company.", S),
            ("Henrik Sand will lead the company until a successor is found.", ACT),
            ("Nordvik shares have risen 22% since the profit warning.", DIR)],
    "a19": [("The Centers for Disease Control and Prevention said measles cases in the United States reached "
             "1,200 this year.", S),
            ("That is the highest number of measles cases since 1992.", S),
            ("Among kindergarten children, vaccination rates fell to 92%, below the 95% needed to stop "
             "outbreaks.", S),
            ("The largest outbreak, with 420 cases, was reported by Texas.", S),
            ("Parents were urged by health officials to check their children's records.", S),
            ("Parents urged health officials to check their children's records.", ACT),
            ("Vaccination rates among kindergarten children rose to 92%.", DIR)],
    "a21": [("After farmers brought in a record harvest of 117 million tonnes, India lifted its ban on wheat "
             "exports.", S),
            ("Exports of up to 2 million tonnes will be allowed by the government in the current season.", S),
            ("India had banned wheat exports in 2022, after a heatwave damaged crops.", S),
            ("On the news, global wheat futures fell 2%.", S),
            ("Buyers in Bangladesh and Indonesia were likely to place the first orders, traders said.", S),
            ("Bangladesh lifted its ban on wheat exports after a record harvest.", ACT),
            ("Global wheat futures climbed 2% on the news.", DIR)],
    "a23": [("The naming rights to Marlow United's stadium were sold to the airline Skylane for 25 million "
             "pounds a year.", S),
            ("Airline Skylane bought the naming rights to Marlow United's stadium for 25 million pounds a year.",
             S),
            ("From next season, the ground will be called Skylane Park.", S),
            ("The club had not consulted fans, supporters' groups said as they criticised the decision.", S),
            ("The money will fund a new training centre for Marlow's youth academy, the club said.", S),
            ("Skylane sold the naming rights to its stadium to Marlow United.", ACT),
            ("Supporters' groups welcomed the decision.", DIR)],
}


def main() -> None:
    rows = [sentence_row(f"m{n:04d}", sentence, [URLS[aid]], error, aid, "calibration")
            for n, (aid, sentence, error) in enumerate(
                ((aid, s, e) for aid, sents in ROWS.items() for s, e in sents), 1)]
    write_jsonl("cal3-sentences.jsonl", rows)
    print(len(rows), "sentences")



if __name__ == "__main__":
    main()
