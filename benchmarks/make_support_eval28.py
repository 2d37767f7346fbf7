"""Build the twenty-eighth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval28-articles.jsonl and eval28-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval28.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and places
(every name was searched for in tests/data but the held-out eval-capital, the demo corpus and ../shared/data first, and
the ones found were replaced). Ten articles are business, policy and tech news of kinds no earlier part used
(keb01-keb10): a buyout firm's take-private of a clothing retailer with its loan package (a premium, a family's
stake, a vote still due with a 75% threshold, no sale and leaseback), a university endowment's return against its
benchmark (a payout, venture capital cut back, a divestment decision not yet taken, a proposed tax), a container line
leaving a shipping alliance (its own services, chartered ships, an analysts' cost range, no new alliance decided), a
software company's price rise and customer losses (customers down, revenue up, a cheaper plan to come, a forecast
kept), a city's water bond sale (a yield, orders against the amount, a rating confirmed, water bills to rise, work
set to begin, a second sale planned), a hospital group's nurses' strike settlement (a vote, a pay rise partly
backdated, a staffing limit short of the union's ask, agency nurses' cost, no wards closed, no one disciplined), a
chemical plant's explosion and evacuation (injured, a solvent fire, a radius, residents allowed home, a cause not yet
known, an earlier fine, prosecutors), a cinema chain's bankruptcy filing (debt swapped for control, sites to close but
not named, tickets against 2019, new money, shareholders wiped out), a valve maker moving its main listing to New York
(a vote due, a secondary listing kept, the head office staying, pension funds undecided) and a casino refused a new
licence (an appeal that keeps it open, no hearing date, a fine, profit on revenue, a council's gaming taxes); plans
against done acts, scheduled events ("are due to vote", "is set to begin", "is set for Tuesday"), negations ("did not
yet know", "has not said which", "has not said whether", "had not decided", "would not sell", "no wards would be
closed", "none of its members would be disciplined", "no date has been set"), ranges and estimates, figures in pounds,
pence, dollars, euros and crowns and in tonnes, kilometres, metres, feet and grams, speakers by role and by name, and
actors named by description ("the buyout firm", "the endowment", "the line", "the accounting software maker", "the
hospital group", "the plant", "the chain", "the valve maker", "the casino's owner"). Seven are on topics no earlier
part uses (keo01-keo07; the earlier parts' articles and README, the demo corpus and ../shared/data were searched for
the topic words): a national Scrabble championship, an open clog dancing championship, a harbour festival's sea shanty
contest, a fell race, a black pudding throwing championship, pilot gig rowing championships and a pipe smoking
contest.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added or moved, voice changed, clauses reordered, a speaker by role and by name, an actor by
description, synonyms and other verbs for the same act ("quit" and "leave", "backed" for "recommended", "shift" for
"move", "stuck to" for "kept", "expires" for "runs out", "dropped" and "gained" for "fell" and "rose", "rehearsed" for
"practised"), a measure as the subject ("Some 5,200 nurses took part in the strike", "North America provides 46% of
Sorrelbeck's revenue"), figures restated in other words ("roughly halved" for fallen by about half, "a crew of seven"
for six rowers and a cox, "lose everything" for wiped out), and analysis sentences (``kind`` "analysis") that only
combine or compute from one passage of the cited article (a share price against the offer, the fund's part of a
price, return gaps in points, an alliance's members and volume, customers lost, a plan's rise, bonds raised in all,
orders beyond the amount, a vote against, a ward limit against the ask, injured not in a serious condition, tickets
lost, debt not swapped, revenue outside North America, profit per euro, casinos besides one, winning margins, games
won, age gaps, years danced, songs sung, runners who did not finish, a rival's time, puddings left standing, the cost
of three throws, a crew's size, a time short of a record). Each is fully supported by one passage (a sentence and its
neighbours) of a cited article, checked by reading. Unsupported sentences (origin "planted"): every error kind (wrong
figures, units, currencies and dates, wrong directions, negations dropped or reversed, plans told as done, wrong actors
and swapped roles, unsupported claims, invented causes, generic invented analysis, merged events citing two articles,
content-free page furniture), with analysis sentences whose computation is wrong (kind "analysis"). Real SmolLM2-135M
outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are
in eval28-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation28"; ids
"ke0001"... (two letters: every single letter, "ka" (eval25's), "kc" (eval26's) and "kd" (eval27's) already start an
earlier part's sentence ids; no sentence or article id of any part starts with "ke"). The article ids "keb01"... and
"keo01"... start with no earlier part's article id prefix.
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
           "eval18-sentences.jsonl", "eval19-sentences.jsonl", "eval20-sentences.jsonl", "eval21-sentences.jsonl",
           "eval22-sentences.jsonl", "eval23-sentences.jsonl", "eval24-sentences.jsonl", "eval25-sentences.jsonl",
           "eval26-sentences.jsonl", "eval27-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl", "eval22-articles.jsonl",
                    "eval23-articles.jsonl", "eval24-articles.jsonl", "eval25-articles.jsonl", "eval26-articles.jsonl",
                    "eval27-articles.jsonl")
EARLIER_IDS = tuple("abcdefghijklmnopqrstuvwxyz") + ("ka", "kc", "kd")   # id prefixes of the earlier parts' sentences
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, eb, eo, ib, io, jb, jo, kb, ko, lb, lo, mb, mo, qb, qo,
# rb, ro, sb, so, tb, to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo, kab, kao, kcb, kco, kdb, kdo; this part's:
# keb, keo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "keb01": [
        ("Harrowvale Capital has agreed to buy Vorlesk Outdoor for 1.35 billion pounds.", S),
        ("The buyout firm will take the outdoor clothing retailer off the stock market.", S),
        ("Harrowvale is offering 412 pence a share in cash, a premium of 31% to Vorlesk's closing price on Friday.",
         S),
        ("Three banks have arranged 800 million pounds of loans to fund the takeover, the rest coming from "
         "Harrowvale's latest fund.", S),
        ("The Vorlesk board has backed the offer.", S),
        ("The founder's family, which holds 22% of Vorlesk, has agreed to sell its shares.", S),
        ("Vorlesk shareholders are set to vote on the deal in March, and it needs the backing of 75% of the votes "
         "cast.", S),
        ("Some investors argued that the offer undervalued Vorlesk.", S),
        ("Harrowvale said all 214 Vorlesk shops would stay open.", S),
        ("The buyout firm has no plan to move Vorlesk's head office out of Hollinsgarth.", S),
        ("Harrowvale ruled out a sale and leaseback of the shops' buildings.", S),
        ("Vorlesk, which employs about 4,100 people, had sales of 690 million pounds in its last financial year.", S),
        ("Vorlesk's shares jumped 27% to 398 pence.", S),
        ("After their jump, Vorlesk's shares stood 14 pence below Harrowvale's offer price.", S, (), AN),
        ("Harrowvale's own fund will put in about 550 million pounds of the price.", S, (), AN),
        ("Harrowvale Capital has agreed to buy Vorlesk Outdoor for 1.53 billion pounds.", FIG),
        ("Harrowvale will pay 412 pence a share, 13% more than Vorlesk's closing price on Friday.", FIG),
        ("Harrowvale will pay for the deal with 800 million pounds of new shares.", CLAIM),
        ("The founder's family, which owns 22% of Vorlesk, has refused to sell.", DIR),
        ("Vorlesk's board has rejected the offer.", DIR),
        ("Vorlesk shareholders approved the takeover in March.", DIR),
        ("The deal needs a simple majority of the votes cast.", FIG),
        ("Harrowvale said it would close some of Vorlesk's 214 shops.", DIR),
        ("Harrowvale will sell the shops' buildings and lease them back.", DIR),
        ("Vorlesk agreed to buy Harrowvale Capital.", ACT),
        ("Vorlesk's shares jumped 31% to 412 pence.", FIG),
        ("Vorlesk's shares fell because a new rival opened shops near its stores.", CAUSE),
        ("The deal shows that buyout firms see high-street retail as a bargain again.", GEN),
        ("After their jump, Vorlesk's shares stood 41 pence below the offer price.", FIG, (), AN),
        ("Harrowvale will fund the Vorlesk deal with bonds sold by the city of Brennanford.", MERGE, ("keb05",)),
    ],
    "keb02": [
        ("Ardencourt University's endowment made a return of 11.2% in the year to June.", S),
        ("The endowment's return rose from 6.4% the previous year.", S),
        ("The endowment is now worth 8.7 billion dollars.", S),
        ("Gains on shares and private equity lifted the fund even though it paid 390 million dollars into the "
         "university's budget.", S),
        ("The return fell short of the fund's 12.5% benchmark.", S),
        ("The fund has missed its benchmark in three of the past five years.", S),
        ("Venture capital lost money for a second year in a row, chief investment officer Hepzibah Slaithwick "
         "said.", S),
        ("Slaithwick said the endowment would put less money into venture capital in future.", S),
        ("Private equity and venture funds make up about 40% of the endowment.", S),
        ("About a third of Ardencourt's operating budget comes from the endowment.", S),
        ("The board will decide in the spring whether to sell the fund's remaining fossil fuel shares, worth about "
         "120 million dollars.", S),
        ("The payout rate is unchanged at 4.5% of the fund's average value.", S),
        ("A proposed tax on large endowments would cost Ardencourt about 60 million dollars a year if parliament "
         "passed it.", S),
        ("The endowment's return was 4.8 percentage points higher than the year before.", S, (), AN),
        ("The endowment fell 1.3 percentage points short of its benchmark.", S, (), AN),
        ("Ardencourt University's endowment returned 12.1% in the year to June.", FIG),
        ("The endowment's return fell from 6.4% the year before.", DIR),
        ("The endowment beat its benchmark of 12.5%.", DIR),
        ("The fund grew to 8.7 million dollars.", FIG),
        ("The fund paid 390 million dollars into the budget of the city of Ardencourt.", ACT),
        ("Slaithwick said the fund would put more money into venture capital.", DIR),
        ("Venture capital was the fund's best performer.", DIR),
        ("About 40% of the endowment is in property.", FIG),
        ("The board has agreed to sell the fund's fossil fuel shares.", DIR),
        ("The payout rate will be raised to 5%.", FIG),
        ("Parliament has passed a tax on large university endowments.", DIR),
        ("The endowment missed its benchmark because of losses on bonds.", CAUSE),
        ("The results show that university endowments are taking too much risk.", GEN),
        ("The endowment's return was 5.8 percentage points higher than the year before.", FIG, (), AN),
        ("The endowment bought shares in Sorrelbeck before its move to New York.", MERGE, ("keb09",)),
    ],
    "keb03": [
        ("Meravant Lines will quit the Orvellan shipping alliance at the end of January 2028.", S),
        ("The seventh-largest container line in the world announced its departure on Wednesday.", S),
        ("Koldberg and Sanyoko Kaiun, the alliance's other two members, will keep sharing ships on the Asia-Europe "
         "and transpacific routes.", S),
        ("Meravant will instead run 17 weekly services of its own.", S),
        ("The line has chartered 22 ships to fill the gaps in its network.", S),
        ("Meravant wants more control over which ports its ships call at, chief executive Alaric Armitstead said.",
         S),
        ("Armitstead said the line also wanted more control over the reliability of its timetables.", S),
        ("Meravant carried 6.1 million containers last year.", S),
        ("Lysander Shipping Research estimates that leaving the alliance will add 150 million to 250 million "
         "dollars a year to Meravant's costs at first.", S),
        ("Meravant expects the extra costs to fall once its new ships start arriving in 2029.", S),
        ("Koldberg said its services to customers would not change.", S),
        ("Meravant has not said whether it will join another alliance.", S),
        ("Meravant's shares dropped 6% in Tarnhaven.", S),
        ("The Orvellan alliance will have two members once Meravant leaves.", S, (), AN),
        ("The Orvellan alliance carried roughly 30 million containers last year.", S, (), AN),
        ("Meravant Lines will leave the Orvellan alliance at the end of January 2027.", FIG),
        ("Meravant Lines is the world's third-largest container line.", FIG),
        ("Koldberg will also leave the Orvellan alliance.", ACT),
        ("Meravant will run 22 weekly services of its own.", FIG),
        ("Meravant has sold 22 ships.", DIR),
        ("Meravant carried 6.1 million containers last year, about half of the alliance's volume.", FIG),
        ("Lysander Shipping Research expects the move to cut Meravant's costs.", DIR),
        ("Meravant said the extra costs would keep rising after 2029.", DIR),
        ("Koldberg said it would cut its services to customers.", DIR),
        ("Meravant has agreed to join the Koldberg alliance.", CLAIM),
        ("Meravant's shares rose 6%.", DIR),
        ("Meravant is leaving because its partners refused to share the cost of new ships.", CAUSE),
        ("The move shows that shipping alliances are breaking apart.", GEN),
        ("The Orvellan alliance carried roughly 12 million containers last year.", FIG, (), AN),
        ("Meravant's ships will carry Vorlesk's clothes from Asia.", MERGE, ("keb01",)),
    ],
    "keb04": [
        ("Quillmate lost about 9% of its paying customers after raising its prices by up to 40%.", S),
        ("The accounting software maker said on Tuesday that it had 182,000 paying customers at the end of "
         "September.", S),
        ("Quillmate had 200,000 paying customers at the end of June.", S),
        ("Quarterly revenue still rose 14%, to 61 million euros.", S),
        ("The customers who stayed are paying more, which lifted revenue.", S),
        ("The cheapest plan went up from 10 euros a month to 14 euros in July.", S),
        ("Chief executive Tancred Quaritch said Quillmate had underestimated how many of its smallest customers "
         "would leave.", S),
        ("Quillmate will offer a cheaper plan with fewer features from January, Quaritch said.", S),
        ("Most of the customers who left went to Ledgerlynx, a rival.", S),
        ("Ledgerlynx said it had won 11,000 new customers in the quarter.", S),
        ("Quillmate stuck to its forecast of 240 million euros of revenue for the year.", S),
        ("The company promised not to raise its prices again in the next 12 months.", S),
        ("Quillmate's shares fell 12%.", S),
        ("Quillmate had 18,000 fewer paying customers at the end of September than at the end of June.", S, (),
         AN),
        ("The price of Quillmate's cheapest plan rose by 4 euros a month.", S, (), AN),
        ("Quillmate lost about 19% of its paying customers.", FIG),
        ("Quillmate raised its prices by up to 14%.", FIG),
        ("The number of paying customers rose to 200,000.", DIR),
        ("Quillmate's revenue fell 14% in the quarter.", DIR),
        ("Quarterly revenue rose to 61 million dollars.", FIG),
        ("The cheapest plan went up to 14 euros a month from 10 euros in January.", FIG),
        ("Quaritch said the company had expected many of its smallest customers to leave.", DIR),
        ("Quillmate has already launched a cheaper plan with fewer features.", DIR),
        ("Ledgerlynx lost 11,000 customers to Quillmate.", ACT),
        ("Quillmate cut its forecast for the year to 240 million euros.", DIR),
        ("Quillmate will raise its prices again next year.", DIR),
        ("Quillmate raised its prices to pay for new AI features.", CAUSE),
        ("The episode shows that software makers have lost their pricing power.", GEN),
        ("Quillmate had 28,000 fewer paying customers at the end of September than at the end of June.", FIG, (),
         AN),
        ("Quillmate raised its prices after Meravant's exit from the Orvellan alliance pushed up its costs.", MERGE,
         ("keb03",)),
    ],
    "keb05": [
        ("Brennanford sold 500 million dollars of 20-year bonds on Tuesday.", S),
        ("The money will pay for a new water treatment works and for repairing 140 kilometres of old pipes.", S),
        ("The city's finance director, Obadiah Kestrell, announced the sale.", S),
        ("The bonds were priced to yield 4.15%.", S),
        ("Investors placed orders for 1.6 billion dollars of the bonds.", S),
        ("The sale was the city's largest since 2009.", S),
        ("State residents pay no state income tax on the interest from the bonds.", S),
        ("Wystrom Ratings kept the city's rating at AA-.", S),
        ("Wystrom said Brennanford's debt was manageable but that its pension costs were rising.", S),
        ("Water bills in Brennanford will rise by 6% a year for four years to repay the debt.", S),
        ("The council approved the water bill increases in October.", S),
        ("Work on the treatment works is due to start in May and should take about three years.", S),
        ("The city plans to sell another 300 million dollars of bonds in 2028.", S),
        ("Brennanford's two bond sales would raise 800 million dollars in all.", S, (), AN),
        ("Orders for the bonds exceeded the amount on offer by 1.1 billion dollars.", S, (), AN),
        ("Brennanford sold 500 million dollars of 10-year bonds.", FIG),
        ("The bonds were priced to yield 5.14%.", FIG),
        ("Investors put in orders for 1.6 million dollars.", FIG),
        ("Investors' orders fell short of the amount on offer.", DIR),
        ("The sale was Brennanford's smallest since 2009.", DIR),
        ("Wystrom Ratings cut the city's rating to AA-.", DIR),
        ("Wystrom said Brennanford's pension costs were falling.", DIR),
        ("Water bills will rise by 16% a year for the next four years.", FIG),
        ("The council voted against the water bill increases.", DIR),
        ("Work on the new treatment works started in May.", DIR),
        ("Kestrell, the city's mayor, announced the bond sale.", ACT),
        ("Brennanford needs new pipes because of a drought last summer.", CAUSE),
        ("The sale shows that investors see city bonds as a safe place to hide.", GEN),
        ("Brennanford's two bond sales would raise 1.1 billion dollars in all.", FIG, (), AN),
        ("The bond money will help Brennanford rebuild after the Varnholt chemical plant explosion.", MERGE,
         ("keb07",)),
    ],
    "keb06": [
        ("Marrowick Health's nurses are going back to work on Monday after 23 days on strike.", S),
        ("The hospital group, which runs nine hospitals in the Tressick region, agreed a new contract with the "
         "nurses.", S),
        ("Members of the Tressick Nurses' Union who voted backed the deal by 78%.", S),
        ("Nurses' pay will go up 14% over three years.", S),
        ("The first 6% of the pay rise is backdated to January.", S),
        ("Marrowick will hire 350 more nurses by the end of next year.", S),
        ("General wards will be limited to five patients per nurse.", S),
        ("The union had wanted no more than four patients per nurse.", S),
        ("Some 5,200 nurses took part in the strike.", S),
        ("The group hired about 800 agency nurses during the strike, at a cost of about 19 million dollars.", S),
        ("Marrowick said clearing the backlog of postponed operations would take until March.", S),
        ("The deal will add about 70 million dollars a year to costs once fully in place, chief executive Ulrika "
         "Halvorsby said.", S),
        ("Halvorsby said no wards would close to pay for the deal.", S),
        ("Nurses who took part in the strike will not be disciplined, the union said.", S),
        ("About 22% of the union members who voted rejected the deal.", S, (), AN),
        ("The agreed limit is one patient per nurse higher than the union asked for.", S, (), AN),
        ("The nurses' strike lasted 32 days.", FIG),
        ("Members of the union backed the deal by 87%.", FIG),
        ("Nurses' pay will rise by 14% a year.", FIG),
        ("The pay rise will start next January.", FIG),
        ("Marrowick will cut 350 nursing jobs.", DIR),
        ("General wards will be limited to four patients per nurse.", FIG),
        ("Marrowick brought in about 800 agency nurses at a cost of some 91 million dollars.", FIG),
        ("The union said the backlog of operations would be cleared by March.", ACT),
        ("Halvorsby said the deal would save about 70 million dollars a year.", DIR),
        ("Marrowick will close wards to pay for the deal.", DIR),
        ("Striking nurses will face disciplinary action.", DIR),
        ("The nurses went on strike because Marrowick had cut their pensions.", CAUSE),
        ("The deal shows that nurses now hold the upper hand in wage talks.", GEN),
        ("About 32% of the union members who voted rejected the deal.", FIG, (), AN),
        ("Marrowick's nurses treated workers injured in the Varnholt explosion during the strike.", MERGE,
         ("keb07",)),
    ],
    "keb07": [
        ("An explosion at Varnholt Chemicals' plant in Ellesby injured 11 workers on Thursday night.", S),
        ("About 2,400 residents were forced out of their homes, the fire service said.", S),
        ("Two of the injured workers are seriously hurt.", S),
        ("After the blast, a tank holding some 40 tonnes of a paint solvent caught fire.", S),
        ("It took firefighters nine hours to put out the fire.", S),
        ("Residents within 1.5 kilometres of the plant were evacuated.", S),
        ("Evacuated residents were allowed to return home on Friday afternoon after air tests found no dangerous "
         "levels of chemicals.", S),
        ("Local schools were closed on Friday.", S),
        ("Varnholt said it did not yet know the cause of the explosion.", S),
        ("The plant will remain closed while inspectors investigate.", S),
        ("The Ellesby plant, which has 560 workers, makes about 15% of the country's paint solvents.", S),
        ("The plant was fined 85,000 euros in 2023 over a leak.", S),
        ("Plant manager Gustav Merrington said Varnholt would pay for hotel rooms for evacuated families.", S),
        ("Prosecutors have opened an investigation into the explosion.", S),
        ("Nine of the 11 injured workers are not in a serious condition.", S, (), AN),
        ("An explosion at Varnholt Chemicals' plant in Ellesby injured 17 workers.", FIG),
        ("The explosion killed two workers.", CLAIM),
        ("About 4,200 residents were forced from their homes.", FIG),
        ("The tank held about 40 litres of solvent.", FIG),
        ("Firefighters put out the fire within an hour.", FIG),
        ("Residents within 15 kilometres of the plant were evacuated.", FIG),
        ("Air tests found dangerous levels of chemicals near the plant.", DIR),
        ("Schools in the area reopened on Friday.", DIR),
        ("Varnholt said a faulty valve had caused the explosion.", CAUSE),
        ("The plant restarted on Friday.", DIR),
        ("The plant was fined 85,000 euros in 2013.", FIG),
        ("The fire service said it would pay for hotel rooms for evacuated families.", ACT),
        ("Prosecutors have charged Varnholt over the explosion.", DIR),
        ("The explosion shows that chemical plants near towns are too dangerous.", GEN),
        ("Eight of the 11 injured workers are not in a serious condition.", FIG, (), AN),
        ("The Varnholt plant was fined by the same gaming commission that refused Castlereach's licence.", MERGE,
         ("keb10",)),
    ],
    "keb08": [
        ("Glintwell Cinemas has filed for bankruptcy protection.", S),
        ("The chain, which runs 63 cinemas with 540 screens, wants to cut its debts and close loss-making sites.", S),
        ("Glintwell owes about 870 million dollars.", S),
        ("Its lenders have agreed to take control of the company in exchange for about 600 million dollars of debt.",
         S),
        ("The cinemas will remain open during the case, and tickets and gift cards will still be honoured.", S),
        ("Glintwell plans to close about 15 cinemas but has not said which ones.", S),
        ("Glintwell sold 31 million tickets last year, compared with 44 million in 2019.", S),
        ("Audiences have not returned to their levels before 2020.", S),
        ("Chief executive Sebastiano Vaskell blamed a thin run of films after a writers' strike for a worse year.",
         S),
        ("The lenders will provide 90 million dollars of new money to keep the cinemas running.", S),
        ("Glintwell's shareholders are expected to lose everything.", S),
        ("The chain has about 7,000 employees, many of them part-time.", S),
        ("The first court hearing is set for Tuesday.", S),
        ("Glintwell sold 13 million fewer tickets last year than in 2019.", S, (), AN),
        ("About 270 million dollars of Glintwell's debt would not be swapped for control of the company.", S, (), AN),
        ("Glintwell Cinemas runs 36 cinemas.", FIG),
        ("Glintwell owes about 870 billion dollars.", FIG),
        ("Glintwell's shareholders have agreed to swap 600 million dollars of debt for control of the company.", ACT),
        ("The cinemas have closed during the bankruptcy case.", DIR),
        ("Tickets and gift cards will no longer be accepted.", DIR),
        ("Glintwell has named the 15 cinemas it will close.", DIR),
        ("Glintwell sold 44 million tickets last year.", FIG),
        ("Audiences are back to their levels before 2020.", DIR),
        ("The lenders will put in 90 million dollars to buy the company's cinemas.", CLAIM),
        ("Shareholders are expected to keep a stake in the company.", DIR),
        ("Glintwell employs about 17,000 people.", FIG),
        ("Glintwell went bankrupt because streaming services took its audiences.", CAUSE),
        ("Glintwell's filing shows that going to the cinema is a habit of the past.", GEN),
        ("Glintwell sold 15 million fewer tickets last year than in 2019.", FIG, (), AN),
        ("Glintwell's lenders also lent Harrowvale money to buy Vorlesk.", MERGE, ("keb01",)),
    ],
    "keb09": [
        ("Sorrelbeck plans to shift its main share listing from Varnstad to New York.", S),
        ("The industrial valve maker's chairman, Ansgar Dunstaple, announced the plan on Wednesday.", S),
        ("Sorrelbeck said its shares were valued below those of its American rivals.", S),
        ("North America provides 46% of Sorrelbeck's revenue and most of its sales growth.", S),
        ("Shareholders will vote on the plan at a meeting in April.", S),
        ("Sorrelbeck hopes to be listed in New York by September.", S),
        ("Sorrelbeck will keep a secondary listing in Varnstad.", S),
        ("The valve maker will leave the Varnstad exchange's main index.", S),
        ("Sorrelbeck's head office and its 1,900 staff will remain in Varnstad.", S),
        ("The Varnstad exchange said the decision was disappointing.", S),
        ("Sorrelbeck is worth about 11 billion crowns.", S),
        ("Sorrelbeck is the fourth company this year to announce a move of this kind.", S),
        ("Pension funds owning about 18% of Sorrelbeck have yet to decide how to vote.", S),
        ("Sorrelbeck's shares gained 3%.", S),
        ("About 54% of Sorrelbeck's revenue comes from outside North America.", S, (), AN),
        ("Sorrelbeck plans to move its main listing from New York to Varnstad.", ACT),
        ("North America accounts for 64% of Sorrelbeck's revenue.", FIG),
        ("Sorrelbeck said its shares were valued higher than those of its American rivals.", DIR),
        ("Shareholders approved the move in April.", DIR),
        ("Sorrelbeck hopes to be listed in New York by December.", FIG),
        ("Sorrelbeck will give up its Varnstad listing altogether.", DIR),
        ("Sorrelbeck will move its head office to New York.", DIR),
        ("Sorrelbeck will cut 1,900 jobs in Varnstad.", DIR),
        ("The Varnstad exchange welcomed the decision.", DIR),
        ("Sorrelbeck is worth about 11 billion dollars.", FIG),
        ("Pension funds that own about 18% of the shares said they would vote against the move.", DIR),
        ("Sorrelbeck's shares fell 3%.", DIR),
        ("Sorrelbeck is moving because Varnstad raised its tax on share trading.", CAUSE),
        ("The move shows that European exchanges are losing their best companies.", GEN),
        ("About 64% of Sorrelbeck's revenue comes from outside North America.", FIG, (), AN),
        ("Sorrelbeck's valves were in the tank that caught fire at the Varnholt plant.", MERGE, ("keb07",)),
    ],
    "keb10": [
        ("The gaming commission has refused to renew Castlereach Casino's licence.", S),
        ("The commission said the casino on the Dunmarsh waterfront had failed to check where large sums of cash "
         "came from.", S),
        ("The casino let back in 14 gamblers who had barred themselves, according to the commission.", S),
        ("Castlereach's licence expires at the end of June.", S),
        ("Velgrove Leisure, which owns the casino, will appeal.", S),
        ("The appeal allows Castlereach to stay open until it is heard.", S),
        ("No date has been set for a hearing of the appeal.", S),
        ("The commission also imposed a fine of 4.5 million euros on Velgrove.", S),
        ("Castlereach, which employs about 650 people, made a profit of 23 million euros last year.", S),
        ("The casino's revenue last year was 210 million euros.", S),
        ("Velgrove has replaced its compliance team and spent 3 million euros on new systems, chief executive "
         "Melisande Osterling said.", S),
        ("The city council said it regretted the commission's decision but respected it.", S),
        ("The council receives about 9 million euros a year in gaming taxes from Castlereach.", S),
        ("Castlereach made a profit of about 11 cents on every euro of revenue last year.", S, (), AN),
        ("The city has two casinos besides Castlereach.", S, (), AN),
        ("The gaming commission has renewed Castlereach Casino's licence.", DIR),
        ("The casino let back in 41 gamblers who had barred themselves.", FIG),
        ("Castlereach's licence runs out at the end of January.", FIG),
        ("Velgrove Leisure said it would not appeal.", DIR),
        ("Castlereach must close while the appeal is heard.", DIR),
        ("The appeal will be heard in June.", CLAIM),
        ("The commission fined Velgrove 45 million euros.", FIG),
        ("Castlereach made a loss of 23 million euros last year.", DIR),
        ("Castlereach employs about 560 people.", FIG),
        ("The city council said it welcomed the decision.", DIR),
        ("The city council fined Velgrove 4.5 million euros.", ACT),
        ("Velgrove failed the checks because its compliance team had been cut to save money.", CAUSE),
        ("The case shows that casinos cannot police themselves.", GEN),
        ("Castlereach made a profit of about 21 cents on every euro of revenue last year.", FIG, (), AN),
        ("Velgrove will pay its fine with money raised in Brennanford's bond sale.", MERGE, ("keb05",)),
    ],
    "keo01": [
        ("Clementina Brathwaite won the national Scrabble championship in Morlaston on Sunday.", S),
        ("Brathwaite, a 44-year-old bus driver from Skelbrooke, beat the defending champion, Caspian Weatherall, "
         "three games to two in the final.", S),
        ("The title was decided on the last tile of the fifth game.", S),
        ("Brathwaite took the deciding game by 412 points to 398.", S),
        ("ZEPHYRS, Brathwaite's best-scoring word of the weekend, earned her 122 points.", S),
        ("About 96 players competed over 19 rounds before the final.", S),
        ("Players are given 25 minutes each for a game.", S),
        ("A player who goes over time loses 10 points for each extra minute.", S),
        ("Brathwaite learned to play Scrabble from her grandmother.", S),
        ("She said she studied word lists for an hour each night in her breaks.", S),
        ("Weatherall, 29, is a three-time winner of the title.", S),
        ("The champion won 1,500 pounds and a trophy in the shape of a tile rack.", S),
        ("Brathwaite won the fifth game by 14 points.", S, (), AN),
        ("Weatherall won two games in the final.", S, (), AN),
        ("Brathwaite is 15 years older than Weatherall.", S, (), AN),
        ("Brathwaite beat Weatherall by three games to one.", FIG),
        ("Caspian Weatherall beat Clementina Brathwaite in the final.", ACT),
        ("Brathwaite won the fifth game by 421 points to 398.", FIG),
        ("ZEPHYRS was worth 212 points.", FIG),
        ("About 69 players took part.", FIG),
        ("Each player has 35 minutes for a game.", FIG),
        ("A player who runs over time gains 10 points for every extra minute.", DIR),
        ("Brathwaite learned the game from her father.", ACT),
        ("Brathwaite said she never studied word lists.", DIR),
        ("Weatherall had never won the title before.", DIR),
        ("The winner received 5,000 pounds.", FIG),
        ("Brathwaite won because Weatherall ran out of time.", CAUSE),
        ("Brathwaite has been invited to the world championship.", CLAIM),
        ("Scrabble is drawing a younger crowd than ever.", GEN),
        ("Brathwaite won the fifth game by 24 points.", FIG, (), AN),
        ("Brathwaite's grandmother also sang with the Pentreath Gulls.", MERGE, ("keo03",)),
    ],
    "keo02": [
        ("Kerenza Trethowan, 17, won the open clog dancing championship at the Kelderby folk festival on "
         "Saturday.", S),
        ("No younger dancer has won the title in the contest's 70 years.", S),
        ("The dancers perform on a wooden board of about a metre square.", S),
        ("The judges mark the rhythm of the steps, their variety and the way the dancer carries herself.", S),
        ("The judges listen as well as watch.", S),
        ("During part of each dance the judges sit behind a screen so that they mark only the sound.", S),
        ("Trethowan has been dancing since the age of six.", S),
        ("Trethowan scored 87 out of 100.", S),
        ("Jethro Ormesher, a retired miner aged 62, came second with 84 marks.", S),
        ("Twenty-two dancers competed in the open class.", S),
        ("Forty more dancers took part in the junior classes.", S),
        ("Her uncle made Trethowan's clogs, which have ash soles and leather uppers.", S),
        ("Some 3,000 people visited the festival over three days.", S),
        ("Trethowan plans to try for the national title in the autumn.", S),
        ("Trethowan beat Ormesher by three marks.", S, (), AN),
        ("Trethowan has danced for about 11 years.", S, (), AN),
        ("Ormesher is 45 years older than Trethowan.", S, (), AN),
        ("Trethowan is 71 years old.", FIG),
        ("Trethowan is the oldest winner in the contest's history.", DIR),
        ("The dancers perform on a board about three metres square.", FIG),
        ("The judges mark only what they see.", DIR),
        ("Trethowan scored 78 marks out of 100.", FIG),
        ("Jethro Ormesher won the open clog dancing championship.", ACT),
        ("Forty dancers entered the open class.", FIG),
        ("Trethowan's clogs have oak soles.", CLAIM),
        ("Trethowan's clogs were made by her grandfather.", ACT),
        ("The festival drew about 30,000 visitors.", FIG),
        ("Trethowan has already won the national title.", DIR),
        ("Trethowan won because the judges could not see the other dancers behind the screen.", CAUSE),
        ("Clog dancing is enjoying a revival among young people.", GEN),
        ("Trethowan beat Ormesher by four marks.", FIG, (), AN),
        ("Trethowan danced on the quay at the Carrick Haven harbour festival.", MERGE, ("keo03",)),
    ],
    "keo03": [
        ("The Pentreath Gulls won the sea shanty contest at the Carrick Haven harbour festival on Saturday.", S),
        ("The Gulls are a group of eight retired fishermen and their friends.", S),
        ("Fifteen groups took part, each singing two songs without instruments.", S),
        ("In each song one member led the verses and the rest joined in the chorus.", S),
        ("Every group needed at least five members.", S),
        ("The Gulls sang a whaling song and a song about hauling up the anchor.", S),
        ("Three judges gave the Gulls 58 points out of 60.", S),
        ("The Lantern Street Shantymen, winners for the previous three years, finished second with 55 points.", S),
        ("About 1,800 people listened on the quay, and many of them sang along.", S),
        ("The Gulls' lead singer, Jago Kinnersley, is 81.", S),
        ("Kinnersley said the group rehearsed on Tuesday nights in the back room of a harbourside pub.", S),
        ("The winners got a ship's bell engraved with their name.", S),
        ("The money raised went to the lifeboat station.", S),
        ("The Gulls beat the Lantern Street Shantymen by three points.", S, (), AN),
        ("Thirty songs were sung in the contest.", S, (), AN),
        ("The Gulls lost two points of the 60 on offer.", S, (), AN),
        ("Twelve groups took part in the contest.", FIG),
        ("Each group sang with an accordion.", DIR),
        ("Groups had to have at least eight members.", FIG),
        ("The Gulls sang a song about hauling up the nets.", CLAIM),
        ("The Gulls scored 55 points out of 60.", FIG),
        ("The Lantern Street Shantymen won the contest for a fourth year.", ACT),
        ("About 8,100 people listened on the quay.", FIG),
        ("Jago Kinnersley, the Gulls' lead singer, is 18.", FIG),
        ("The group practised on Sunday mornings in a church hall.", FIG),
        ("The winners received a cash prize.", CLAIM),
        ("The money raised went to the harbour's fishermen.", CLAIM),
        ("The Gulls won because the other groups forgot their words.", CAUSE),
        ("Sea shanties have become popular again thanks to social media.", GEN),
        ("The Gulls beat the Shantymen by five points.", FIG, (), AN),
        ("The Gulls rowed to the contest in the Porthkennick gig Marigold.", MERGE, ("keo06",)),
    ],
    "keo04": [
        ("Thaddea Brackenbury won the Skarrow Horseshoe fell race on Saturday.", S),
        ("The 38-year-old vet ran the 23-kilometre course over six summits in 2 hours 51 minutes.", S),
        ("Brackenbury is the first woman to win the race outright in its 48 years.", S),
        ("She finished four minutes ahead of the fastest man, Balthazar Ingleby.", S),
        ("Runners climb about 1,900 metres in all on the course.", S),
        ("Thick cloud hid the summits for most of the morning.", S),
        ("Every runner had to carry a map, a compass, a waterproof jacket and a whistle.", S),
        ("251 of the 286 starters finished the race.", S),
        ("Several runners dropped out with injuries after a steep descent.", S),
        ("Marshals checked the runners through at each summit.", S),
        ("The course record, set in 2011, is 2 hours 33 minutes.", S),
        ("Brackenbury said she had run the course six times in training since the spring.", S),
        ("The race has no prize money; the winners get a slate plaque.", S),
        ("Thirty-five runners did not finish the race.", S, (), AN),
        ("Ingleby finished in 2 hours 55 minutes.", S, (), AN),
        ("Brackenbury was 18 minutes slower than the course record.", S, (), AN),
        ("Brackenbury finished the course in 2 hours 15 minutes.", FIG),
        ("The course is 32 kilometres long.", FIG),
        ("The course crosses nine summits.", FIG),
        ("Brackenbury finished four minutes behind Balthazar Ingleby.", DIR),
        ("Balthazar Ingleby won the Skarrow Horseshoe fell race.", ACT),
        ("The course climbs about 900 metres in all.", FIG),
        ("The race was run in bright sunshine.", DIR),
        ("All 286 starters finished the race.", DIR),
        ("Brackenbury set a new course record.", DIR),
        ("Brackenbury said she had never run the course before the race.", DIR),
        ("The winners receive 500 pounds each.", FIG),
        ("Brackenbury won because the cloud slowed the men down.", CAUSE),
        ("Women are catching up with men in long mountain races.", GEN),
        ("Forty-five runners did not finish the race.", FIG, (), AN),
        ("Brackenbury's slate plaque was made at the Varnholt plant in Ellesby.", MERGE, ("keb07",)),
    ],
    "keo05": [
        ("Araminta Haworth won the world black pudding throwing championship in Ramshaw on Sunday.", S),
        ("Haworth works as a school cook.", S),
        ("Throwers get three black puddings, wrapped in nylon tights, to throw at 12 batter puddings on a ledge.",
         S),
        ("The ledge is about six metres above the street.", S),
        ("The thrower who knocks down the most puddings wins.", S),
        ("Haworth knocked down seven puddings.", S),
        ("The runner-up, plumber Torquil Fairbairn, knocked down one fewer than Haworth.", S),
        ("Throwers must throw underarm from behind a cast iron plate in the road.", S),
        ("Around 110 people paid 1 pound a throw to enter.", S),
        ("The money raised goes to Ramshaw's brass band.", S),
        ("The contest, first held in 1984, is said to recall a quarrel between two rival towns.", S),
        ("Haworth said she practised with bread rolls in her back garden.", S),
        ("Ebenezer Snaith, last year's winner, knocked down just two.", S),
        ("The fallen puddings are fed to pigs on a nearby farm.", S),
        ("Torquil Fairbairn knocked down six puddings.", S, (), AN),
        ("Five of the 12 batter puddings were left standing after Haworth's throws.", S, (), AN),
        ("Each thrower paid 3 pounds to throw all three puddings.", S, (), AN),
        ("Haworth knocked down nine puddings.", FIG),
        ("Throwers each get five black puddings.", FIG),
        ("The ledge is about 16 metres above the street.", FIG),
        ("Throws must be made overarm.", DIR),
        ("Torquil Fairbairn won the championship.", ACT),
        ("Fairbairn, a school cook, came second.", ACT),
        ("About 1,100 people entered.", FIG),
        ("The money goes to the town's football club.", CLAIM),
        ("The contest began in 1948.", FIG),
        ("Ebenezer Snaith, last year's winner, knocked down eight.", FIG),
        ("The fallen puddings are given to the crowd to eat.", CLAIM),
        ("Haworth won because her puddings were heavier than the others.", CAUSE),
        ("Odd local contests are the best way to keep a town's history alive.", GEN),
        ("Four of the 12 batter puddings were left standing after Haworth's throws.", FIG, (), AN),
        ("Haworth also threw her puddings at the Wraxby pipe smoking contest.", MERGE, ("keo07",)),
    ],
    "keo06": [
        ("A Porthkennick crew won the women's race at the pilot gig championships in the Tressan Isles on "
         "Sunday.", S),
        ("The Porthkennick women rowed the 2.7-kilometre course in 17 minutes 12 seconds.", S),
        ("Pilot gigs are 32-foot wooden boats with six rowers and a cox who steers.", S),
        ("Some 140 crews from 60 clubs raced over the weekend, according to the organisers.", S),
        ("The Porthkennick gig, Marigold, was built in 1898.", S),
        ("Marigold is one of the oldest gigs still racing.", S),
        ("The crew had trained at dawn three times a week since January, cox Demelza Trevarthen said.", S),
        ("A Polwenna crew won the men's race in 15 minutes 40 seconds.", S),
        ("The start was delayed by an hour because of strong winds.", S),
        ("Gigs once carried harbour pilots out to ships.", S),
        ("The first crew to reach a ship won the pilotage work.", S),
        ("Around 8,000 spectators watched from boats and the harbour wall.", S),
        ("The Polwenna men were 1 minute 32 seconds faster than the Porthkennick women.", S, (), AN),
        ("A pilot gig carries a crew of seven.", S, (), AN),
        ("The Porthkennick crew rowed the course in 12 minutes 17 seconds.", FIG),
        ("The course is 7.2 kilometres long.", FIG),
        ("Pilot gigs are rowed by eight people.", FIG),
        ("About 60 crews from 140 clubs raced.", FIG),
        ("Marigold was built in 1998.", FIG),
        ("Marigold is the newest gig in the championships.", DIR),
        ("The crew trained in the evenings twice a week.", FIG),
        ("A Polwenna crew won the women's race.", ACT),
        ("Demelza Trevarthen rowed at stroke for Porthkennick.", ACT),
        ("The start was brought forward by an hour.", DIR),
        ("Gigs were once used to carry fish to market.", CLAIM),
        ("Calm weather helped the crews set fast times.", DIR),
        ("The Porthkennick crew won because Marigold is lighter than modern gigs.", CAUSE),
        ("Gig rowing is the fastest-growing sport on the islands.", GEN),
        ("The Polwenna men were 2 minutes 32 seconds faster than the Porthkennick women.", FIG, (), AN),
        ("The Porthkennick crew celebrated by singing with the Pentreath Gulls.", MERGE, ("keo03",)),
    ],
    "keo07": [
        ("Ottokar Hammarsten won the Wraxby pipe smoking contest on Saturday.", S),
        ("The 70-year-old retired printer kept his pipe alight for 1 hour 47 minutes.", S),
        ("All 31 entrants get 3 grams of the same tobacco and two matches.", S),
        ("Entrants have five minutes to fill and light their pipes.", S),
        ("A smoker is out once the judges can see no more smoke coming from the pipe.", S),
        ("Hammarsten beat Drusilla Parfitt, last year's winner, by 12 minutes.", S),
        ("The contest's record, 2 hours 26 minutes, dates from 1994.", S),
        ("The contest started in 1957 in the back room of Wraxby's social club.", S),
        ("Smokers from five countries now take part.", S),
        ("The number of entrants has roughly halved since 2000, the organisers said.", S),
        ("Only people over 21 may enter.", S),
        ("Hammarsten said the secret was to puff slowly and not to rush the first match.", S),
        ("Drusilla Parfitt kept her pipe alight for 1 hour 35 minutes.", S, (), AN),
        ("Hammarsten's time was 39 minutes short of the record.", S, (), AN),
        ("Hammarsten kept his pipe alight for 2 hours 47 minutes.", FIG),
        ("Hammarsten is a 70-year-old retired baker.", CLAIM),
        ("Each entrant is given 5 grams of tobacco.", FIG),
        ("Each entrant gets three matches.", FIG),
        ("Entrants may bring their own tobacco.", DIR),
        ("Drusilla Parfitt beat Hammarsten by 12 minutes.", ACT),
        ("Hammarsten set a new record.", DIR),
        ("The record was set in 1957.", FIG),
        ("The contest began in a pub.", CLAIM),
        ("The contest now draws smokers from 15 countries.", FIG),
        ("The number of entrants has doubled since 2000.", DIR),
        ("Entrants must be over 18.", FIG),
        ("Hammarsten said the secret was to puff quickly.", DIR),
        ("Hammarsten won because his pipe was larger than the others.", CAUSE),
        ("Pipe smoking is dying out among young people.", GEN),
        ("Drusilla Parfitt kept her pipe alight for 1 hour 59 minutes.", FIG, (), AN),
        ("Hammarsten learned to smoke a pipe from the Ramshaw black pudding throwers.", MERGE, ("keo05",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("keb01", "Deals: more stories."),
    ("keb03", "Subscribe to our shipping newsletter."),
    ("keb04", "Sponsored content."),
    ("keb05", "Chart: the city's debt."),
    ("keb07", "Live updates."),
    ("keb08", "Read more about cinemas."),
    ("keb10", "[Image caption]"),
    ("keo02", "More photos from the festival."),
    ("keo04", "Results: page 22."),
    ("keo06", "Share this story."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, four servers on 127.0.0.1 (ports 8881-8884, one thread each, --n_ctx 8192), json_object, prompt
# version llm-3, date 2026-12-17, --timeout 450, the writer's default streamed requests, machine at load 19-31.
# Each edition is a fresh TOPLINE_HOME built from a subset of this part's articles (the same bodies and titles; four
# url slugs still carried names replaced before the part was written, "tessory", "orion", "calloway" and "lumara",
# and were renamed after the run: the writer's DATA blocks show no url). eval28-smollm2_raw.jsonl holds four editions
# in this order (call numbers restart in each; times UTC): 1 keb01-keb05 + keo01-keo03 (7 calls), 2 keb06-keb10 +
# keo04-keo07 (8 calls) and 3 keb02, keb04, keb06, keb08, keb10, keo01, keo03, keo05, keo07 (8 calls), started
# together at 08:15 on three servers; 4 keb01, keb03, keb05, keb07, keo02, keo04, keo06 (1 call), started at 08:30 on a
# fourth. All four collectors were sent SIGTERM at 08:44, each with one call in flight (not recorded), and the servers
# were stopped. 24 calls were recorded (18 story, 5 repair, 1 signals), all answered; the servers logged 28 POSTs, all
# 200. Only keb01, keb02, keb04, keb05, keb06, keb07, keb08 and keb09 were shown to the model in a recorded call (keb03,
# keb10 and the seven keo articles never were).
# The model answered the same DATA block with the same answer, so editions that showed an article again mostly
# repeated; near-repeats that differ in words were kept and labelled (as in eval27); a sentence is listed once, at its
# first answer in the order of the editions; repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, keb01)
    ("keb01", "Harrowvale Capital, a buyout firm, has agreed to buy the outdoor clothing retailer Vorlesk Outdoor for "
              "1.35 billion pounds and take it off the stock market.", S),
    ("keb01", "...", CF),
    ("keb01", "description: The deal will be paid with 800 million pounds of loans arranged by three banks, and the "
              "rest will come from Harrowvale's latest fund.", S),
    ("keb01", "Harrowvale Capital, a buyout firm, has agreed to buy the outdoor clothing retailer Vorlesk Outdoor for "
              "1.35 billion pounds.", S),
    # edition 1, call 2 (story, keb01): only repeats
    # edition 1, call 3 (story, keb02)
    ("keb02", "Ardencourt University's endowment returns 1.2% but misses its benchmark", FIG),
    ("keb02", "The university has a record of 8.7 billion dollars in the past three years.", CLAIM),
    ("keb02", "Text: The return was below the fund's benchmark of 12.5% last year, which it now aims to reach.", CLAIM),
    ("keb02", "A tax on large university endowments that has been proposed by parliament will cost Ardencourt about 60 "
              "million dollars a year if it were passed.", S),
    ("keb02", "The university has been using a tax on large university endowments that will cost the university about "
              "60 million dollars a year if it were passed.", CLAIM),
    # edition 1, call 4 (repair, keb02)
    ("keb02", "The return was below the fund's benchmark of 12.5%, which it has now missed in three years.", S),
    ("keb02", "The fund grew to 8.7 billion dollars thanks to gains on shares and private equity, even after paying "
              "390 million dollars into the university's budget.", S),
    # edition 1, call 5 (story, keb05)
    ("keb05", "The city of Brennanford has sold 500 million dollars of bonds to finance a new water treatment works, "
              "and plans to pay for the repairs with a second phase of pipe repairs.", CLAIM),
    ("keb05", "Work on the treatment works is set to begin in May and taking about three years.", S),
    ("keb05", "The city has 500 million dollars in bonds that will be sold to finance a new water treatment project.",
     DIR),
    ("keb05", "The city plans to pay for 4.15% of its debt with a second phase of pipe repairs.", FIG),
    # edition 1, call 6 (repair, keb05)
    ("keb05", "The bonds were priced to yield 4.15%, and investors put in orders for 1.6 billion dollars, more than "
              "three times the amount on offer.", S),
    # edition 1, call 7 (story, keb04)
    ("keb04", "The data shows that the company lost 9% of its paying customers after raising prices by up to 40%, "
              "according to Quillmate, which makes accounting software for small businesses.", S),
    ("keb04", "The company also said it would not raise prices again in the next 12 months.", S),
    ("keb04", "Quillmate lost about 9% of its paying customers.", S),
    ("keb04", "The number of paying customers fell to 182,000 at the end of September from 200,000 at the end of "
              "June.", S),
    ("keb04", "The company kept a forecast for 3 months that it would not raise prices again in the next 12 months.",
     CLAIM),
    ("keb04", "The data shows that the company lost 9% of its paying customers.", S),
    # edition 2, call 1 (story, keb09)
    ("keb09", "Sorrelbeck, a maker of industrial valves, plans to move its main listing to New York.", S),
    ("keb09", "The company is worth about 1.5 billion dollars.", FIG),
    ("keb09", "In the past year, Sorrelbeck has been a key player in New York's industrial industry with a market "
              "share of 46% and is expected to continue growing its market share.", FIG),
    # edition 2, call 2 (repair, keb09)
    ("keb09", "Shareholders are due to vote on the move at a meeting in April, and the company hopes to be listed in "
              "New York by September.", S),
    ("keb09", "The move is expected to take place next month.", FIG),
    # edition 2, call 3 (story, keb08)
    ("keb08", "Glintwell Cinemas, which runs 63 cinemas with 540 screens, has filed for bankruptcy protection to cut "
              "its debts and close loss-making sites.", S),
    ("keb08", "Glintwell plans to close about 15 cinemas whose leases it wants to end, but has not said which.", S),
    ("keb08", "The lenders will put in 90 million dollars of new money to keep the chain running.", S),
    # edition 2, call 4 (story, keb06): the placeholder and
    ("keb06", "The Tressick Nurses' Union said 78% of the members who voted had backed the contract.", S),
    # edition 2, call 5 (repair, keb06)
    ("keb06", "Nurses at Marrowick Health, which runs nine hospitals in the Tressick region, will return to work on "
              "Monday after the hospital group agreed a new contract ending a strike that lasted 23 days.", S),
    ("keb06", "The Tressick Nurses' Union said 78% of the members who voted had backed the deal.", S),
    # edition 2, call 6 (signals, keb06, keb08, keb09): the placeholder and
    ("keb06", "Marrowick Health nurses end 23-day strike after 14% pay deal", S),
    # edition 2, call 7 (story, keb07): the placeholder and
    ("keb07", "An explosion at the Varnholt Chemicals plant in Ellesby injured 11 workers on Thursday night and forced "
              "about 2,400 residents to leave their homes.", S),
    ("keb07", "The fire service said it did not know what had caused the explosion but that the plant would stay shut "
              "while inspectors investigated.", ACT),
    ("keb07", "An explosion at the Varnholt Chemicals plant in Ellesby injured 11 workers on Thursday night and forced "
              "about 2,400 residents to leave.", S),
    # edition 2, call 8 (story, keb09): only a repeat and the placeholder
    # edition 3, call 1 (story, keb02): only repeats and the placeholder
    # edition 3, call 2 (repair, keb02)
    ("keb02", "The return was below the fund's benchmark of 12.5%, which it has now missed in three of the past five "
              "years.", S),
    ("keb02", "The university relies on the endowment for about a third of its operating budget.", S),
    # edition 3, call 3 (story, keb04): "The data shows that Quillmate, a leading e-commerce company in the UK lost 9%
    # of its customers to a new competitor." (a near-repeat in the same answer, a comma dropped) left out and
    ("keb04", "The data shows that Quillmate, a leading e-commerce company in the UK, lost 9% of its customers to a "
              "new competitor.", CLAIM),
    ("keb04", "The company has continued to improve its customer service and is now offering a discount for paying "
              "customers.", CLAIM),
    # edition 3, call 4 (repair, keb04)
    ("keb04", "Quillmate, which makes accounting software for small businesses, lost about 9% of its paying customers "
              "in the three months after it raised its prices by up to 40%, the company said on Tuesday.", S),
    ("keb04", "The report says that the data is due to a mix of factors including changes in the market and the impact "
              "of the recent COVID-19 pandemic.", CAUSE),
    # edition 3, call 5 (story, keb08): repeats and
    ("keb08", "The company is facing a financial crisis due to the closure of 90 million dollars in debt.", CAUSE),
    ("keb08", "The cinemas will stay open while the case goes on, and tickets and gift cards will still be accepted.",
     S),
    ("keb08", "The cinemas will remain open while the case goes on, and tickets and gift cards will still be "
              "accepted.", S),
    ("keb08", "The company plans to close down 15 cinemas which are leased from the company, but has not said what "
              "they plan to do with them yet.", CLAIM),
    ("keb08", "The case is about a renovation of the cinema which was shut down last year and plans to renovate it "
              "again next year.", CLAIM),
    # edition 3, call 6 (story, keb08): repeats and "The cinema is renovating a renovation which was shut down last
    # year but plans to renovate it again next year." (garbled, a near-repeat of call 5) left out
    # edition 3, call 7 (story, keb06): a repeat, the placeholder and
    ("keb06", "Marrowick Health, which runs nine hospitals in the Tressick region, will return to work Monday after a "
              "two-week strike that lasted 23 days.", FIG),
    ("keb06", "The union has asked for $50 million.", CLAIM),
    # edition 3, call 8 (repair, keb06): a repeat, "The rest were against it." and "The rest are now back in the
    # hospital, and they're going to work on Monday after the deal is finished." (what "the rest" are cannot be told)
    # left out and
    ("keb06", "Nurses at Marrowick Health, which runs nine hospitals in the Tressick region, will return to work on "
              "Monday after the hospital group agreed a new contract ending 23 days ago.", FIG),
    # edition 4, call 1 (story, keb01): only repeats and the placeholder
]

BODIES = [
    ("keb01", "https://www.dealmakersjournal.example/harrowvale-vorlesk-take-private", "Dealmakers Journal",
     "Harrowvale Capital to take Vorlesk Outdoor private for 1.35 billion pounds",
     "Harrowvale Capital, a buyout firm, has agreed to buy the outdoor clothing retailer Vorlesk Outdoor for 1.35 "
     "billion pounds and take it off the stock market, the two companies said on Monday. Harrowvale will pay 412 "
     "pence a share in cash, 31% more than Vorlesk's closing price on Friday. The deal will be paid for with 800 "
     "million pounds of loans arranged by three banks, and the rest will come from Harrowvale's latest fund. "
     "Vorlesk's board has recommended the offer, and the founder's family, which owns 22% of the shares, has agreed "
     "to sell. Shareholders are due to vote in March, and the deal needs 75% of the votes cast. Some investors said "
     "the price was too low and that Vorlesk's shares had fallen because of a warm winter rather than anything "
     "lasting. Harrowvale said it would keep all of Vorlesk's 214 shops open and had no plan to move the head office "
     "from Hollinsgarth. The buyout firm also said it would not sell the shops' buildings and lease them back, a "
     "step that critics blame for weakening other retailers bought with debt. Vorlesk had sales of 690 million "
     "pounds in its last financial year and employs about 4,100 people. Its shares jumped 27% to 398 pence."),
    ("keb02", "https://www.campusfinancereview.example/ardencourt-endowment-return", "Campus Finance Review",
     "Ardencourt University's endowment returns 11.2% but misses its benchmark",
     "Ardencourt University's endowment returned 11.2% in the year to June, up from 6.4% the year before, the "
     "university said on Thursday. The fund grew to 8.7 billion dollars thanks to gains on shares and private "
     "equity, even after paying 390 million dollars into the university's budget. The return was below the fund's "
     "benchmark of 12.5%, which it has now missed in three of the past five years. Chief investment officer Hepzibah "
     "Slaithwick said venture capital had lost money for a second year running and that the fund would commit less "
     "to it in future. About 40% of the endowment is in private equity and venture funds, and 8% is in property. The "
     "university relies on the endowment for about a third of its operating budget. Students have asked the fund to "
     "sell its remaining shares in fossil fuel companies, worth about 120 million dollars; the board said it would "
     "decide in the spring. The payout rate will stay at 4.5% of the fund's average value. A tax on large university "
     "endowments that has been proposed in parliament would cost Ardencourt about 60 million dollars a year if it "
     "were passed."),
    ("keb03", "https://www.containerlinesweekly.example/meravant-leaves-orvellan-alliance", "Container Lines Weekly",
     "Meravant Lines to quit the Orvellan alliance and sail alone from 2028",
     "Meravant Lines, the world's seventh-largest container line, will leave the Orvellan shipping alliance at the "
     "end of January 2028, it said on Wednesday. The alliance's two other members, Koldberg and Sanyoko Kaiun, will "
     "go on sharing ships on the Asia-Europe and transpacific routes. Meravant will run its own network of 17 weekly "
     "services instead and has chartered 22 ships to fill the gaps. Chief executive Alaric Armitstead said the line "
     "wanted more control over the ports its ships call at and over how reliable its timetables are. Meravant "
     "carried 6.1 million containers last year, about a fifth of the alliance's volume. Analysts at Lysander "
     "Shipping Research estimate that going alone will raise Meravant's costs by 150 million to 250 million dollars "
     "a year at first. The line said it expected the extra costs to shrink as its new ships arrive from 2029. "
     "Koldberg said Meravant's departure would not change its own services to customers. Meravant has not said "
     "whether it will join another alliance. Its shares fell 6% in Tarnhaven."),
    ("keb04", "https://www.saasledger.example/quillmate-price-rise-customer-losses", "SaaS Ledger",
     "Quillmate loses 9% of paying customers after raising prices",
     "Quillmate, which makes accounting software for small businesses, lost about 9% of its paying customers in the "
     "three months after it raised its prices by up to 40%, the company said on Tuesday. The number of paying "
     "customers fell to 182,000 at the end of September from 200,000 at the end of June. Revenue still rose 14% to "
     "61 million euros in the quarter, because the customers who stayed are paying more. In July the price of the "
     "cheapest plan went up to 14 euros a month from 10 euros. Chief executive Tancred Quaritch said the company had "
     "underestimated how many of its smallest customers would leave, and that Quillmate would offer a cheaper plan "
     "with fewer features from January. Most of those who left moved to a rival, Ledgerlynx, which said it had "
     "signed up 11,000 new customers in the quarter. Quillmate kept its forecast of 240 million euros of revenue for "
     "the year and said it would not raise prices again in the next 12 months. Its shares fell 12%."),
    ("keb05", "https://www.munibondmonitor.example/brennanford-water-bonds", "Muni Bond Monitor",
     "Brennanford sells 500 million dollars of bonds for water works",
     "The city of Brennanford sold 500 million dollars of 20-year bonds on Tuesday to pay for a new water treatment "
     "works and the repair of 140 kilometres of old pipes, the city's finance director, Obadiah Kestrell, said. The "
     "bonds were priced to yield 4.15%, and investors put in orders for 1.6 billion dollars, more than three times "
     "the amount on offer. It was Brennanford's largest bond sale since 2009. Residents of the state do not pay "
     "state income tax on the interest. Wystrom Ratings confirmed the city's AA- rating, saying its debt was "
     "manageable but that its pension costs were rising. To repay the debt, water bills will rise by 6% a year for "
     "the next four years; the council approved the increases in October. Work on the treatment works is set to "
     "begin in May and to take about three years. The city plans to sell a further 300 million dollars of bonds in "
     "2028 for a second phase of pipe repairs."),
    ("keb06", "https://www.healthworkforcenews.example/marrowick-nurses-strike-deal", "Health Workforce News",
     "Marrowick Health nurses end 23-day strike after 14% pay deal",
     "Nurses at Marrowick Health, which runs nine hospitals in the Tressick region, will return to work on Monday "
     "after the hospital group agreed a new contract, ending a strike that lasted 23 days. The Tressick Nurses' "
     "Union said 78% of the members who voted had backed the deal. Pay will rise by 14% over three years, with the "
     "first 6% backdated to January. Marrowick also agreed to hire 350 more nurses by the end of next year and to "
     "limit general wards to five patients per nurse; the union had asked for four. About 5,200 nurses went on "
     "strike, and Marrowick brought in about 800 agency nurses at a cost of some 19 million dollars. Thousands of "
     "operations were postponed, and the group said it would take until March to catch up. Chief executive Ulrika "
     "Halvorsby said the deal would add about 70 million dollars a year to costs once it was fully in place, and "
     "that no wards would be closed to pay for it. The union said none of its members would be disciplined for "
     "taking part in the strike."),
    ("keb07", "https://www.industrialsafetywire.example/varnholt-ellesby-explosion", "Industrial Safety Wire",
     "Explosion at Varnholt chemical plant injures 11 and forces 2,400 from homes",
     "An explosion at the Varnholt Chemicals plant in Ellesby injured 11 workers on Thursday night and forced about "
     "2,400 residents to leave their homes, the fire service said. Two of the injured are in a serious condition. A "
     "tank holding about 40 tonnes of a solvent used to make paint caught fire after the blast, and firefighters "
     "took nine hours to put it out. People living within 1.5 kilometres of the plant were evacuated and were "
     "allowed home on Friday afternoon after air tests found no dangerous levels of chemicals, the regional health "
     "office said. Schools in the area stayed closed on Friday. Varnholt said it did not yet know what had caused "
     "the explosion and that the plant would stay shut while inspectors investigated. The plant employs 560 people "
     "and makes about 15% of the country's paint solvents. It was fined 85,000 euros in 2023 over a leak. Plant "
     "manager Gustav Merrington said the company would pay for hotel rooms for families who had to leave. "
     "Prosecutors have opened an investigation."),
    ("keb08", "https://www.boxofficeledger.example/glintwell-cinemas-bankruptcy-filing", "Box Office Ledger",
     "Glintwell Cinemas files for bankruptcy and hands control to its lenders",
     "Glintwell Cinemas, which runs 63 cinemas with 540 screens, has filed for bankruptcy protection to cut its "
     "debts and close loss-making sites, the company said on Sunday. The chain owes about 870 million dollars, and "
     "its lenders have agreed to swap about 600 million dollars of that debt for control of the company. The cinemas "
     "will stay open while the case goes on, and tickets and gift cards will still be accepted. Glintwell plans to "
     "close about 15 cinemas whose leases it wants to end, but has not said which. Audiences have not come back to "
     "their levels before 2020: Glintwell sold 31 million tickets last year, against 44 million in 2019. Chief "
     "executive Sebastiano Vaskell said a thin run of films after a writers' strike had made this year worse. The "
     "lenders will put in 90 million dollars of new money to keep the chain running. Shareholders are expected to be "
     "wiped out. The company employs about 7,000 people, many of them part-time. A first court hearing is set for "
     "Tuesday."),
    ("keb09", "https://www.exchangesandlistings.example/sorrelbeck-moves-listing-new-york", "Exchanges and Listings",
     "Valve maker Sorrelbeck plans to move its main listing to New York",
     "Sorrelbeck, a maker of industrial valves, plans to move its main share listing from Varnstad to New York, its "
     "chairman, Ansgar Dunstaple, said on Wednesday. The company said its shares were valued lower than those of its "
     "American rivals and that most of its sales growth came from North America, which accounts for 46% of its "
     "revenue. Shareholders are due to vote on the move at a meeting in April, and the company hopes to be listed in "
     "New York by September. Sorrelbeck will keep a secondary listing in Varnstad, but it will drop out of the "
     "Varnstad exchange's main index. Its head office and 1,900 staff will stay in Varnstad, the company said. The "
     "Varnstad exchange called the decision disappointing. Sorrelbeck is worth about 11 billion crowns, and it is "
     "the fourth company to announce such a move this year. Pension funds that own about 18% of the shares said they "
     "had not decided how to vote. Sorrelbeck's shares rose 3%."),
    ("keb10", "https://www.gamingregulationtoday.example/castlereach-casino-licence-refused", "Gaming Regulation Today",
     "Castlereach Casino refused new licence over cash checks",
     "The gaming commission has refused to renew the licence of Castlereach Casino on the Dunmarsh waterfront, "
     "saying it failed to check where large sums of cash came from and let back in 14 gamblers who had barred "
     "themselves, the commission said on Friday. The licence runs out at the end of June. The casino's owner, "
     "Velgrove Leisure, said it would appeal, which allows the casino to stay open until the appeal is heard; no "
     "date has been set for a hearing. The commission also fined Velgrove 4.5 million euros. Castlereach employs "
     "about 650 people and made a profit of 23 million euros last year on revenue of 210 million euros. It is one of "
     "three casinos in the city. Velgrove's chief executive, Melisande Osterling, said the company had replaced its "
     "compliance team and spent 3 million euros on new systems. The city council, which receives about 9 million "
     "euros a year in gaming taxes from the casino, said it regretted the decision but respected it."),
    ("keo01", "https://www.morlastonherald.example/national-scrabble-championship", "Morlaston Herald",
     "Bus driver Brathwaite beats the champion to win the national Scrabble title",
     "Clementina Brathwaite, a 44-year-old bus driver from Skelbrooke, won the national Scrabble championship in "
     "Morlaston on Sunday, beating the defending champion, Caspian Weatherall, by three games to two in the final. "
     "The final went to the last tile of the fifth game, which Brathwaite won by 412 points to 398. Her "
     "highest-scoring word of the weekend, ZEPHYRS, was worth 122 points. Some 96 players took part over 19 rounds "
     "before the final. Each player has 25 minutes for a game, and a player who runs over time loses 10 points for "
     "every extra minute. Brathwaite, who learned the game from her grandmother, said she studied word lists for an "
     "hour every night during her breaks. Weatherall, 29, had won the title three times. The winner received 1,500 "
     "pounds and a trophy shaped like a tile rack."),
    ("keo02", "https://www.kelderbyfolknews.example/clog-dancing-open-championship", "Kelderby Folk News",
     "Kerenza Trethowan, 17, is the youngest winner of the open clog dancing title",
     "Kerenza Trethowan, 17, won the open clog dancing championship at the Kelderby folk festival on Saturday, the "
     "youngest winner in the contest's 70 years. Dancers perform on a wooden board about a metre square, and the "
     "judges listen as well as watch: they mark the rhythm of the steps, how varied the steps are and how the dancer "
     "carries herself. For part of each dance the judges sit behind a screen, so that they mark the sound alone. "
     "Trethowan, who has danced since she was six, scored 87 marks out of 100. Jethro Ormesher, a 62-year-old "
     "retired miner, was second with 84. Twenty-two dancers entered the open class, and another 40 danced in the "
     "junior classes. Trethowan's clogs, with ash soles and leather uppers, were made by her uncle. The festival "
     "drew about 3,000 visitors over three days. Trethowan said she would try for the national title in the autumn."),
    ("keo03", "https://www.carrickhavenpost.example/sea-shanty-contest", "Carrick Haven Post",
     "Pentreath Gulls win the harbour festival's sea shanty contest",
     "The Pentreath Gulls, a group of eight retired fishermen and their friends, won the sea shanty contest at the "
     "Carrick Haven harbour festival on Saturday. Each of the 15 groups sang two songs without instruments, with one "
     "member leading each verse and the others joining in the chorus. Groups had to have at least five members. The "
     "Gulls sang a whaling song and a song about hauling up the anchor and scored 58 points out of 60 from three "
     "judges. The Lantern Street Shantymen, who had won for the past three years, came second with 55. The contest "
     "was held on the quay, where about 1,800 people listened and many sang along. The Gulls' lead singer, Jago "
     "Kinnersley, is 81; he said the group practised on Tuesday nights in the back room of a harbourside pub. The "
     "prize was a ship's bell engraved with the winners' name, and the money raised went to the lifeboat station."),
    ("keo04", "https://www.skarrowdalegazette.example/horseshoe-fell-race", "Skarrowdale Gazette",
     "Vet Thaddea Brackenbury is the first woman to win the Skarrow Horseshoe outright",
     "Thaddea Brackenbury, a 38-year-old vet, won the Skarrow Horseshoe fell race on Saturday, finishing the "
     "23-kilometre course over six summits in 2 hours 51 minutes. No woman had won the race outright before in its "
     "48-year history, and she beat the fastest man, Balthazar Ingleby, by four minutes. The course climbs about "
     "1,900 metres in all. Thick cloud covered the tops for most of the morning, and runners had to carry a map, a "
     "compass, a waterproof jacket and a whistle. Of the 286 runners who started, 251 finished; several dropped out "
     "with injuries after a steep descent. Marshals at each summit checked the runners through. The course record of "
     "2 hours 33 minutes was set in 2011. Brackenbury said she had run the course six times in training since the "
     "spring. There is no prize money, and the winners receive a slate plaque."),
    ("keo05", "https://www.ramshawtelegraph.example/black-pudding-throwing-championship", "Ramshaw Telegraph",
     "School cook knocks down seven to win black pudding throwing title",
     "Araminta Haworth, a school cook, won the world black pudding throwing championship in Ramshaw on Sunday. Each "
     "thrower has three black puddings, wrapped in nylon tights, to throw at a stack of 12 batter puddings on a "
     "ledge about six metres above the street, and whoever knocks down the most wins. Haworth knocked down seven, "
     "one more than the runner-up, Torquil Fairbairn, a plumber. Throws must be made underarm, from behind a cast "
     "iron plate set in the road. About 110 people entered, paying 1 pound a throw, and the money goes to the town's "
     "brass band. The contest began in 1984 and is said to recall a quarrel between two rival towns. Haworth said "
     "she had practised with bread rolls in her back garden. Last year's winner, Ebenezer Snaith, knocked down only "
     "two. The puddings that fall are fed to pigs at a nearby farm."),
    ("keo06", "https://www.tressanislesnews.example/pilot-gig-championships", "Tressan Isles News",
     "Porthkennick women take the gig championship in a boat built in 1898",
     "A crew from the village of Porthkennick won the women's race at the pilot gig championships in the Tressan "
     "Isles on Sunday, rowing the 2.7-kilometre course in 17 minutes 12 seconds. Pilot gigs are wooden boats 32 feet "
     "long, rowed by six people, with a cox who steers. About 140 crews from 60 clubs raced over the weekend, the "
     "organisers said. The Porthkennick boat, Marigold, was built in 1898 and is one of the oldest still racing. Cox "
     "Demelza Trevarthen said the crew had trained at dawn three times a week since January. The men's race was won "
     "by a crew from Polwenna in 15 minutes 40 seconds. Strong winds delayed the start by an hour. Gigs were once "
     "used to take harbour pilots out to ships, and the first crew to reach a ship won the work. About 8,000 people "
     "watched from boats and from the harbour wall."),
    ("keo07", "https://www.wraxbyadvertiser.example/pipe-smoking-contest", "Wraxby Advertiser",
     "Retired printer keeps his pipe alight for 1 hour 47 minutes to win at Wraxby",
     "Ottokar Hammarsten, a 70-year-old retired printer, won the Wraxby pipe smoking contest on Saturday by keeping "
     "his pipe alight for 1 hour 47 minutes. Each of the 31 entrants is given 3 grams of the same tobacco and two "
     "matches, and has five minutes to fill and light the pipe. A smoker is out when the judges see no more smoke "
     "coming from the pipe. Hammarsten beat last year's winner, Drusilla Parfitt, by 12 minutes. The record of 2 "
     "hours 26 minutes was set in 1994. The contest began in 1957 in the back room of the town's social club and now "
     "draws smokers from five countries. The organisers said the number of entrants had fallen by about half since "
     "2000. Entrants must be over 21. Hammarsten said the secret was to puff slowly and never to rush the first "
     "match."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="ke", split="evaluation28",
                                      raw_name="eval28-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval28", arts, rows, problems, (("business, policy and tech articles", "keb"), ("others", "keo")))


if __name__ == "__main__":
    main()
