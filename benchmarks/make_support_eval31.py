"""Build the thirty-first EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval31-articles.jsonl and eval31-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval31.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and places
(every capitalised word of the bodies, titles and sources was searched for as a word in tests/data but the held-out
eval-forest, the demo corpus and ../shared/data first; the first draft's names found there, about fifty, among them
Tarrowby, Brannock, Tessaly, Fenwright, Coldharbour, Brackwater, Wrenfield, Blenkiron and many first names, were
replaced, twice over; common words, real countries and continents are left). Ten articles are business, policy and
tech news (khb01-khb10) of kinds no earlier part used (each checked against the earlier parts' articles; the brief's
ferry timetable cut and water utility leakage penalty were left out because lb01 and kfb01 are of those kinds, and a
stadium naming-rights deal and an insurer's storm claims, first thought of, because a23/t11 and qb02/kcb08 are): a
seed company's wheat drought-trait licence (dollars up front and on sales, trial yields in dry and wet years, not
genetically modified, a launch due in 2029, regions not covered, a royalty, a farmers' group's cost a hectare, a price
not said), a stock exchange's trading outage (hours and minutes, times of day, shares and funds not traded, a software
update not a cyber attack, a fine of up to 2% of revenue in krona, volumes down, an earlier outage, no compensation, a
report due), a university spin-out's patent licence (a stake and a royalty instead of a fee, minutes against hours, a
raise in pounds, a trial due, not yet approved, a licence term, a founders' share policy), a tyre maker's plant
closure (jobs, tyres a year and a share of output, work moved, causes blamed, a cost in euros, a union's strike
ballot, state aid turned down, a second plant not decided), a lift maker's metro maintenance contract (years, machines,
pounds, an availability floor and penalties, escalators due to be replaced, engineers set to transfer, a loser that
will not challenge), a battery recycler's plant permit (tonnes allowed against asked, a first-year cap, a cost and
staff, building set to start, fireproof bunkers, no appeal, money raised), a cinema chain's rent deal (rents cut at
some sites by an average, a share of ticket sales, landlords' approval by value, savings, closures and jobs,
admissions, a loan extended, a court hearing due, owned by a buyout firm), a toll motorway concession extended (years,
kilometres widened, a cost, tolls capped by inflation and frozen, traffic, owners, a minister, a tender not held, a
review not decided), a mint's coin contract (coins, euros, plated steel, a metal cost cut, rival bidders, deliveries
due, staff, demand down, coins left out) and an export licence revoked (a share of revenue, the ministry's and the
company's readings of the lasers' use, a forecast cut to a range, orders cancelled, no job cuts for now, an appeal
due, servicing allowed, shares down). Plans against done acts, scheduled events ("is due to launch", "is due to be
published", "due to start", "is due to replace", "are set to transfer", "is set to start", "is due to open", "are due",
"is due to appeal", "is due to be held"), negations ("not genetically modified", "has not said", "not the result of a
cyber attack", "will not compensate", "has not yet been approved", "not expected", "has not decided", "would not
challenge", "would not appeal", "did not agree", "would not have survived", "has not said whether", "not part of the
order", "no plans", "will not cut jobs", "would not reveal", "nobody was hurt", "no power tools", "no cutting and no
glue"), ranges and estimates, figures in dollars, euros, pounds and krona and in hectares, tonnes, kilometres, miles,
yards, metres, kilograms, inches and cubic inches, speakers by role and by name, and actors named by description ("the
seed company", "the grain breeder", "the exchange's operator", "the market regulator", "the university", "the tyre
maker", "the union", "the transport authority", "the cinema chain", "the buyout firm", "the operator", "the
infrastructure fund", "the motorists' association", "the mint", "the central bank", "the trade ministry", "an industry
group"). Seven are on topics no earlier part uses (kho01-kho07; the earlier parts' articles were searched for the
topic words first): a pot leek show, a pigeon race, a soapbox derby, a spoon carving contest, an origami convention,
an accordion festival and a speed knitting contest (speedcubing, first thought of, was left out: jo01).

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added, moved or dropped, voice changed, clauses reordered, a speaker by role and by name, an actor
by description, synonyms and other verbs for the same act ("gained" for "rose", "saw off" for "beat", "push back" for
"extend", "vowed to fight" for "would oppose", "fetched" for "was sold for", "weighing" for "considering", "lengthened"
for "made longer"), a measure as the subject ("Viacorda had revenue of 380 million euros last year", "Some 1,600
people visited the two-day fair"), figures restated in other words ("half an hour" for 30 minutes, "as much as" for
"up to", "over the past decade" for "in the last ten years", "Thirty-four carts" for 34), and analysis sentences
(``kind`` "analysis") that only combine or compute from one passage of the cited article (sales-linked payments as a
multiple, a maximum fine, an outage's length against another's, patients per hospital, a test's speed as a multiple,
total output from a share, a plant's age, a contract a year, an availability gap, money still needed, a limit's gap,
cinemas left, admissions lost, a loan's old due year, a concession's old end, traffic growth, a finishing year, coins a
year, a price a coin, sales from a share, a forecast cut at a range's middle, a runner-up's volume, an age at
starting, entries lost, an arrival time, a runner-up's time, birds returned, a course length, carts not crashing, a
speed in metres a second, entrants last year, spoons carved, a shortfall, the usual month, a points margin, players
short, players in all, a runner-up's stitches, stitches a minute). Each is fully supported by one passage (a sentence
and its neighbours) of a cited article, checked by reading. Unsupported sentences (origin "planted"): every error
kind (wrong figures, units, currencies and dates, wrong directions, negations dropped or reversed, plans and scheduled
events told as done, wrong actors and swapped roles, unsupported claims, invented causes, generic invented analysis,
merged events citing two articles, content-free page furniture), with analysis sentences whose computation is wrong
(kind "analysis"). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below,
labelled by reading; their raw answers are in eval31-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every
row belongs to the split "evaluation31"; ids "kh0001"... (two letters: every single letter, "ka" (eval25's), "kc"
(eval26's), "kd" (eval27's), "ke" (eval28's), "kf" (eval29's) and "kg" (eval30's) already start an earlier part's
sentence ids; no sentence or article id of any part starts with "kh"). The article ids "khb01"... and "kho01"... start
with no earlier part's article id prefix.
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
           "eval26-sentences.jsonl", "eval27-sentences.jsonl", "eval28-sentences.jsonl",
           "eval29-sentences.jsonl", "eval30-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl", "eval22-articles.jsonl",
                    "eval23-articles.jsonl", "eval24-articles.jsonl", "eval25-articles.jsonl", "eval26-articles.jsonl",
                    "eval27-articles.jsonl", "eval28-articles.jsonl", "eval29-articles.jsonl", "eval30-articles.jsonl")
# The id prefixes of the earlier parts' sentences
EARLIER_IDS = tuple("abcdefghijklmnopqrstuvwxyz") + ("ka", "kc", "kd", "ke", "kf", "kg")
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, eb, eo, ib, io, jb, jo, kb, ko, lb, lo, mb, mo, qb, qo,
# rb, ro, sb, so, tb, to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo, kab, kao, kcb, kco, kdb, kdo, keb, keo, kfb,
# kfo, kgb, kgo; this part's: khb, kho)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "khb01": [
        ("Ottervane Seeds has licensed a wheat drought trait to the grain breeder Okefell Agri.", S),
        ("The seed company said the deal was worth as much as 48 million dollars.", S),
        ("Okefell will pay 12 million dollars up front, with up to 36 million more tied to sales levels.", S),
        ("Over three seasons of field trials, the trait lifted wheat yields by 14% in dry years.", S),
        ("In wet years wheat with the trait yielded about the same as standard varieties.", S),
        ("The trait is not genetically modified and came from conventional breeding, Ermengarde Varnholm, the "
         "research director, said.", S),
        ("The first varieties with the trait are due to be launched by Okefell in 2029.", S),
        ("Europe is not covered by the licence, and Ottervane will sell the trait there itself.", S),
        ("Ottervane will also collect a 4% royalty on seed sales.", S),
        ("Dryland Growers, a farmers' group, said the royalty would add about 6 dollars a hectare to seeding "
         "costs.", S),
        ("Shares in the seed company gained 5%.", S),
        ("Okefell has not said what it will charge for the seed.", S),
        ("The sales-linked payments could be worth three times the up-front payment.", S, (), AN),
        ("Okefell's first varieties will come after two more years of official trials.", S),
        ("Okefell will pay Ottervane 21 million dollars up front.", FIG),
        ("In trials, wheat with the trait yielded 41% more grain in dry years.", FIG),
        ("The deal is worth up to 48 million euros.", FIG),
        ("Ottervane will receive a royalty of 6% on seed sales.", FIG),
        ("Okefell is due to launch the first varieties in 2027.", FIG),
        ("The trait was created by genetic modification.", DIR),
        ("Okefell has launched the first wheat varieties carrying the trait.", DIR),
        ("The licence covers Europe as well as North America and Australia.", DIR),
        ("Ottervane's shares fell 5% on the news.", DIR),
        ("Okefell Agri has licensed a drought trait to Ottervane Seeds.", ACT),
        ("Dryland Growers' research director said the trait was not genetically modified.", ACT),
        ("Ottervane licensed the trait because it could not afford to run the official trials itself.", CAUSE),
        ("Okefell expects to charge farmers about 10% more for seed with the trait.", CLAIM),
        ("The deal shows that drought-resistant crops are becoming the industry's main battleground.", GEN),
        ("The sales-linked payments could be worth four times the up-front payment.", FIG, (), AN),
        ("Ottervane's drought trait will also be tested on wheat grown beside the A19 motorway.", MERGE, ("khb08",)),
    ],
    "khb02": [
        ("A fault in the matching engine halted trading on the Karsvik Stock Exchange for three hours and 20 minutes "
         "on Wednesday.", S),
        ("Trading stopped at 10:40 and restarted at 14:00.", S),
        ("The closing auction was delayed by half an hour.", S),
        ("Some 1,400 listed shares and 230 exchange-traded funds could not be traded during the outage.", S),
        ("Karsvik Markets Group blamed a software update installed overnight and said no cyber attack was "
         "involved.", S),
        ("The update has been rolled back, chief technology officer Eskild Stennemo said.", S),
        ("The market regulator will investigate the outage.", S),
        ("The regulator could fine the operator up to 2% of its annual revenue.", S),
        ("Karsvik Markets Group's revenue last year was 410 million krona.", S),
        ("Brokers put the day's trading volumes at about 40% below normal.", S),
        ("A 45-minute outage in March was the exchange's first this year.", S),
        ("Brokers will not be compensated for lost business, a spokesperson for the operator said.", S),
        ("A report on the outage is due within 30 days.", S),
        ("The maximum fine would be about 8.2 million krona.", S, (), AN),
        ("Wednesday's outage lasted 155 minutes longer than the one in March.", S, (), AN),
        ("Trading on the Karsvik exchange was halted for two hours and 20 minutes.", FIG),
        ("About 4,100 listed shares could not be traded.", FIG),
        ("The regulator could fine the operator up to 20% of its annual revenue.", FIG),
        ("The operator's revenue last year was 410 million euros.", FIG),
        ("The March outage lasted 54 minutes.", FIG),
        ("Karsvik Markets Group said the fault was caused by a cyber attack.", DIR),
        ("The operator will compensate brokers for lost business.", DIR),
        ("The report on the outage has been published.", DIR),
        ("Trading volumes on the day were about 40% above normal, brokers said.", DIR),
        ("The market regulator said a software update had caused the fault.", ACT),
        ("Brokers said the update had been rolled back.", ACT),
        ("The update failed because the operator had cut its testing staff.", CAUSE),
        ("The regulator has already fined Karsvik Markets Group over the March outage.", CLAIM),
        ("The outage raises serious questions about the resilience of the country's financial markets.", GEN),
        ("Wednesday's outage lasted 115 minutes longer than the one in March.", FIG, (), AN),
        ("The Karsvik exchange halted trading in Orrisant Photonics after the export ban.", MERGE, ("khb10",)),
    ],
    "khb03": [
        ("Wetherholm University has given its spin-out Lumacyte Diagnostics an exclusive licence to 11 sepsis test "
         "patents.", S),
        ("The university will take a 15% stake in Lumacyte and a 3% royalty on sales rather than a cash fee.", S),
        ("Professor Ottiline Dewhirst founded Lumacyte last year with two of her former students.", S),
        ("Lumacyte says its test gives a result in 20 minutes.", S),
        ("A standard blood culture can take as long as 48 hours, according to the company.", S),
        ("Investors led by Fellgrave Ventures have put 6.5 million pounds into Lumacyte.", S),
        ("Lysandro Pellowick, Lumacyte's chief executive, said the company had raised 6.5 million pounds.", S),
        ("A clinical trial with 1,200 patients at four hospitals is due to start in June.", S),
        ("Regulators have not yet approved the test.", S),
        ("The test is not expected to go on sale before 2028.", S),
        ("The licence lasts 20 years.", S),
        ("Wetherholm has set up 34 spin-outs over the past decade.", S),
        ("A spin-out's founders keep at least 75% of its shares at the start under a new university policy.", S),
        ("The trial will involve an average of 300 patients at each hospital.", S, (), AN),
        ("Lumacyte's test is up to 144 times faster than a standard blood culture.", S, (), AN),
        ("The university will take a 51% stake in Lumacyte.", FIG),
        ("The licence covers 17 patents on the sepsis test.", FIG),
        ("Lumacyte has raised 6.5 million dollars from investors.", FIG),
        ("The clinical trial will involve 2,100 patients.", FIG),
        ("The test gives a result in 20 seconds, Lumacyte said.", FIG),
        ("Regulators have approved Lumacyte's sepsis test.", DIR),
        ("The clinical trial of the test has finished.", DIR),
        ("The university will charge Lumacyte a cash fee for the licence.", DIR),
        ("Fellgrave Ventures founded Lumacyte last year.", ACT),
        ("Professor Dewhirst is Lumacyte's chief executive.", ACT),
        ("The university took shares instead of a fee because Lumacyte had no cash.", CAUSE),
        ("Lumacyte plans to sell the test in the United States first.", CLAIM),
        ("The deal shows British universities are getting better at turning research into companies.", GEN),
        ("The trial will involve an average of 400 patients at each hospital.", FIG, (), AN),
        ("Lumacyte's sepsis test will be made at Harrandale's former Kelsworth plant.", MERGE, ("khb04",)),
    ],
    "khb04": [
        ("Harrandale Tyres will shut its Kelsworth plant by the end of next year, cutting 640 jobs.", S),
        ("The tyre maker announced the closure on Tuesday.", S),
        ("The Kelsworth plant makes about 3.2 million car tyres a year.", S),
        ("Kelsworth accounts for a third of Harrandale's European output.", S),
        ("Harrandale will move the work to its plants in Poland and Morocco, where costs are lower.", S),
        ("The company blamed cheaper Asian imports and energy costs that have doubled since 2021.", S),
        ("The closure and redundancy pay will cost Harrandale about 85 million euros.", S),
        ("The union Unified Rubberworkers vowed to fight the closure and called for a strike ballot.", S),
        ("Harrandale turned down 20 million euros of aid offered by the regional government to keep the plant "
         "open.", S),
        ("The company will help staff find new jobs, works director Tancredo Orrelby said.", S),
        ("The Kelsworth site, opened in 1962, will be sold.", S),
        ("No decision has been taken on whether to close Harrandale's truck tyre plant at Dresvald.", S),
        ("Harrandale's shares rose 2%.", S),
        ("Harrandale makes about 9.6 million car tyres a year in Europe.", S, (), AN),
        ("The plant will close after more than 60 years.", S, (), AN),
        ("Harrandale will close Kelsworth with the loss of 460 jobs.", FIG),
        ("The Kelsworth plant makes about 2.3 million car tyres a year.", FIG),
        ("The closure will cost about 85 million pounds.", FIG),
        ("The regional government offered 200 million euros in aid.", FIG),
        ("The Kelsworth plant opened in 1926.", FIG),
        ("Harrandale accepted the regional government's offer of aid.", DIR),
        ("Harrandale has decided to close its Dresvald plant as well.", DIR),
        ("Harrandale's shares fell 2% on the news.", DIR),
        ("Unified Rubberworkers said it would accept the closure.", DIR),
        ("The regional government blamed cheaper imports from Asia for the closure.", ACT),
        ("Unified Rubberworkers said it would help staff find new jobs.", ACT),
        ("Harrandale is closing Kelsworth because the plant's machinery is worn out.", CAUSE),
        ("Harrandale will open a new plant in Morocco next year.", CLAIM),
        ("The closure marks the end of tyre making in the region.", GEN),
        ("Harrandale makes about 6.4 million car tyres a year in Europe.", FIG, (), AN),
        ("Harrandale's Kelsworth workers will be offered jobs at the Ebbington battery plant.", MERGE, ("khb06",)),
    ],
    "khb05": [
        ("Verrick Lifts has won a 12-year contract to maintain the Harlsby metro's 412 lifts and escalators.", S),
        ("The city's transport authority said the contract was worth about 260 million pounds.", S),
        ("Verrick replaces Dallowby Engineering, whose contract runs out in April.", S),
        ("Verrick must keep at least 98% of the machines running at all times.", S),
        ("If it fails, Verrick faces penalties of as much as 5 million pounds a year.", S),
        ("Only 93% of the machines worked on average last year, according to the authority.", S),
        ("Verrick is due to replace the 60 oldest escalators in the first five years.", S),
        ("The cost of the new escalators is included in the contract price.", S),
        ("Around 300 engineers are set to move from Dallowby to Verrick.", S),
        ("Dallowby said it was disappointed but would not challenge the award.", S),
        ("Dallowby is considering its options, the company said.", S),
        ("Breakdowns left wheelchair users unable to use 40 stations at some point last year, transport "
         "commissioner Honoria Threave said.", S),
        ("The contract is worth about 21.7 million pounds a year on average.", S, (), AN),
        ("Availability must rise by at least 5 percentage points from last year's average.", S, (), AN),
        ("Verrick has won a 21-year contract for the metro's lifts and escalators.", FIG),
        ("The contract is worth about 620 million pounds.", FIG),
        ("Verrick must keep at least 89% of the machines working.", FIG),
        ("Verrick will replace 160 escalators over the first five years.", FIG),
        ("About 3,000 Dallowby engineers are set to join Verrick.", FIG),
        ("Dallowby has challenged the award of the contract.", DIR),
        ("Verrick has replaced 60 escalators on the metro.", DIR),
        ("Last year 98% of the machines were working on average.", DIR),
        ("Dallowby Engineering has won the contract to maintain the metro's lifts and escalators.", ACT),
        ("Verrick said it was disappointed and was considering its options.", ACT),
        ("Dallowby lost the contract because its engineers went on strike.", CAUSE),
        ("Verrick will also maintain the lifts at Harlsby's main railway station.", CLAIM),
        ("The contract will make the metro far easier to use for disabled passengers.", GEN),
        ("The contract is worth about 26 million pounds a year on average.", FIG, (), AN),
        ("Verrick's contract was approved by the same transport ministry that extended Viacorda's concession.", MERGE,
         ("khb08",)),
    ],
    "khb06": [
        ("Lithrosa Recycling has been granted a permit for a battery recycling plant at Ebbington.", S),
        ("The environment agency will let the plant process up to 25,000 tonnes of used electric car batteries a "
         "year.", S),
        ("The plant will recover lithium, nickel and cobalt.", S),
        ("Construction is set to begin in March, and the plant is due to open in 2028.", S),
        ("The plant will cost about 310 million euros and employ 220 people.", S),
        ("In its first year the plant is limited to 18,000 tonnes while its emissions are monitored.", S),
        ("Lithrosa had sought a permit for 40,000 tonnes.", S),
        ("The agency said Lithrosa had not shown the site could safely handle that much.", S),
        ("Residents had objected to the plant over the risk of fires.", S),
        ("Batteries at the plant must be kept in fireproof bunkers, the agency said.", S),
        ("Lithrosa will not appeal against the lower limit, chief executive Wendelin Wrennock said.", S),
        ("The company has raised 140 million euros so far and is talking to banks about the rest.", S),
        ("Lithrosa still needs about 170 million euros for the plant.", S, (), AN),
        ("The permitted limit is 15,000 tonnes less than Lithrosa asked for.", S, (), AN),
        ("The plant will be allowed to process up to 52,000 tonnes of batteries a year.", FIG),
        ("The plant will cost about 310 million pounds.", FIG),
        ("The Ebbington plant will employ 2,200 people.", FIG),
        ("Lithrosa had asked for a permit for 14,000 tonnes.", FIG),
        ("The plant is due to open in 2026.", FIG),
        ("Lithrosa will appeal against the agency's lower limit.", DIR),
        ("Building work on the Ebbington plant has started.", DIR),
        ("The agency has granted Lithrosa the 40,000-tonne permit it asked for.", DIR),
        ("Lithrosa has raised all the money it needs for the plant.", DIR),
        ("The residents' group said the plant must keep batteries in fireproof bunkers.", ACT),
        ("The environment agency said it would not appeal against the lower limit.", ACT),
        ("The agency cut the limit because the plant's design had failed a fire test.", CAUSE),
        ("Lithrosa has signed supply deals with two carmakers for the recovered metals.", CLAIM),
        ("The permit is a boost for the country's ambitions to recycle its own batteries.", GEN),
        ("Lithrosa still needs about 210 million euros for the plant.", FIG, (), AN),
        ("Lithrosa will process the batteries of Starlume's cinema projectors at Ebbington.", MERGE, ("khb07",)),
    ],
    "khb07": [
        ("Starlume Cinemas has won rent cuts averaging 30% at 38 of its 71 cinemas.", S),
        ("The cinema chain said on Wednesday it had agreed the cuts with its landlords.", S),
        ("Landlords will get a share of ticket sales above a set level at each site in return.", S),
        ("Landlords holding 81% of the rent by value approved the deal.", S),
        ("The rent cuts save Starlume about 14 million pounds a year.", S),
        ("Nine cinemas whose landlords did not agree will close, putting about 180 jobs at risk.", S),
        ("Admissions at the chain dropped to 11.2 million last year, from 16.5 million in 2019.", S),
        ("Clementine Gaskin, the chief executive, said the chain would not have survived another year on the old "
         "rents.", S),
        ("Starlume plans to spend 25 million pounds over three years on new seats and screens.", S),
        ("Lenders have agreed to push back a 60 million pound loan by two years, to 2030.", S),
        ("Two landlords are fighting the deal in court, with a hearing due in February.", S),
        ("The buyout firm Ormskell Capital owns Starlume.", S),
        ("Starlume will have 62 cinemas left after the closures.", S, (), AN),
        ("Admissions fell by 5.3 million between 2019 and last year.", S, (), AN),
        ("The loan was due to be repaid in 2028 before the extension.", S, (), AN),
        ("Starlume will cut rents at 83 of its cinemas.", FIG),
        ("The rent cuts average 13%.", FIG),
        ("The deal saves about 41 million pounds a year.", FIG),
        ("Starlume will close 19 cinemas.", FIG),
        ("Admissions at Starlume fell to 11.2 million last year from 16.5 million in 2009.", FIG),
        ("Landlords' rents at the 38 cinemas will rise by an average of 30%.", DIR),
        ("The court has approved Starlume's deal with its landlords.", DIR),
        ("Admissions at Starlume rose last year.", DIR),
        ("Starlume's lenders have refused to extend its loan.", DIR),
        ("Ormskell Capital's chief executive said the chain would not have survived another year.", ACT),
        ("Starlume is challenging two landlords in court.", ACT),
        ("Admissions fell because of a rise in ticket prices.", CAUSE),
        ("Ormskell Capital is looking for a buyer for Starlume.", CLAIM),
        ("The deal shows landlords now accept that cinemas will never return to their old audiences.", GEN),
        ("Starlume will have 52 cinemas left after the closures.", FIG, (), AN),
        ("Starlume will pay for its new screens with a loan from the Arvendel Mint.", MERGE, ("khb09",)),
    ],
    "khb08": [
        ("Viacorda's concession to run the A19 toll motorway has been extended by eight years, to 2049.", S),
        ("The transport ministry granted the extension, the operator said on Tuesday.", S),
        ("The A19 runs between Castrel and Olvena.", S),
        ("In exchange, Viacorda will widen 64 kilometres of the motorway to three lanes in each direction.", S),
        ("The widening will cost about 1.1 billion euros.", S),
        ("Tolls will not rise faster than inflation and will be frozen in 2027.", S),
        ("Work on the widening is set to begin in 2027 and last four years.", S),
        ("Around 58,000 vehicles a day use the motorway, against 41,000 in 2015.", S),
        ("An infrastructure fund, Quellwyn Partners, owns Viacorda together with a pension fund.", S),
        ("The deal means no public money is needed for the work, transport minister Zdenka Caravell said.", S),
        ("A motorists' association said the concession should have been put out to tender instead.", S),
        ("The European Commission has not said if it will look at the deal.", S),
        ("Viacorda had revenue of 380 million euros last year.", S),
        ("Without the extension, Viacorda's concession would have ended in 2041.", S, (), AN),
        ("Daily traffic on the A19 has risen by 17,000 vehicles since 2015.", S, (), AN),
        ("The widening is due to be finished in 2031.", S, (), AN),
        ("The concession has been extended by eighteen years.", FIG),
        ("Viacorda will widen 46 kilometres of the road.", FIG),
        ("The widening will cost about 1.1 billion dollars.", FIG),
        ("About 85,000 vehicles use the road each day.", FIG),
        ("Viacorda's revenue was 830 million euros last year.", FIG),
        ("Tolls will rise faster than inflation under the deal.", DIR),
        ("Viacorda has finished widening the A19.", DIR),
        ("The European Commission has decided to review the deal.", DIR),
        ("The concession was put out to tender.", DIR),
        ("The motorists' association said the deal avoided using public money.", ACT),
        ("Quellwyn Partners will widen the road and pay for the work itself.", ACT),
        ("The ministry extended the concession because traffic jams on the A19 had caused a series of crashes.",
         CAUSE),
        ("Viacorda plans to sell a stake to a second pension fund.", CLAIM),
        ("The deal sets a precedent for motorway concessions across Europe.", GEN),
        ("Daily traffic on the A19 has risen by 27,000 vehicles since 2015.", FIG, (), AN),
        ("The widening of the A19 will use steel from the Kestovia coin contract.", MERGE, ("khb09",)),
    ],
    "khb09": [
        ("Arvendel Mint will strike 1.8 billion coins for Kestovia's central bank over five years.", S),
        ("The mint said the contract was worth about 95 million euros.", S),
        ("The new coins will be copper- or nickel-plated steel, replacing solid bronze and cupronickel.", S),
        ("The change will cut the cost of the metal by about 40%.", S),
        ("Arvendel saw off two rival bidders, one of them the maker of Kestovia's coins since 1994.", S),
        ("The first coins are due to be delivered in September.", S),
        ("The mint will hire 45 staff and add a night shift at its Pellburn works.", S),
        ("The contract will keep the Pellburn works busy until 2031, managing director Cosima Dravert said.", S),
        ("Demand for coins in Kestovia has dropped by a third since 2019 as more people pay by card, the central "
         "bank said.", S),
        ("The central bank has no plans to stop issuing coins.", S),
        ("The 1 and 2 cent coins are left out of the order because the central bank is weighing withdrawing them.",
         S),
        ("Arvendel will strike an average of 360 million coins a year under the contract.", S, (), AN),
        ("The contract works out at roughly 5 cents a coin.", S, (), AN),
        ("Arvendel will strike 8.1 billion coins for Kestovia.", FIG),
        ("The contract is worth about 59 million euros.", FIG),
        ("The new coins will cut the cost of the metal by about 14%.", FIG),
        ("Demand for coins has fallen by half since 2019.", FIG),
        ("The mint will hire 450 staff.", FIG),
        ("Arvendel has delivered the first coins to Kestovia.", DIR),
        ("Kestovia's central bank plans to stop issuing coins.", DIR),
        ("The new coins will be made of solid bronze.", DIR),
        ("Demand for coins has risen since 2019, the central bank said.", DIR),
        ("Kestovia's central bank has struck the country's coins since 1994.", ACT),
        ("The central bank's managing director said the contract would keep the works busy until 2031.", ACT),
        ("Arvendel won because its rivals could not make plated steel coins.", CAUSE),
        ("Arvendel is also bidding to print Kestovia's banknotes.", CLAIM),
        ("The contract shows that cash is far from dead.", GEN),
        ("Arvendel will strike an average of 600 million coins a year under the contract.", FIG, (), AN),
        ("Arvendel's new coins will be used in the Karsvik exchange's trading floor machines.", MERGE, ("khb02",)),
    ],
    "khb10": [
        ("Orrisant Photonics has lost its licence to export chip-making lasers to Varkesh.", S),
        ("The trade ministry revoked the licence, the company said on Friday.", S),
        ("Varkesh accounted for about 22% of Orrisant's 1.6 billion dollars of revenue last year.", S),
        ("The ministry said the lasers could be used to make chips for weapons.", S),
        ("Orrisant said its customers in Varkesh made chips for cars and phones.", S),
        ("Orrisant now expects sales of 1.25 billion to 1.35 billion dollars this year, down from a forecast of 1.7 "
         "billion.", S),
        ("About 180 million dollars of orders already placed will be cancelled.", S),
        ("Annelise Haverkamp, the chief executive, said Orrisant would not cut jobs for now.", S),
        ("Orrisant has stopped hiring.", S),
        ("The company is due to appeal to a trade tribunal, which may take as long as six months to rule.", S),
        ("Orrisant may keep servicing lasers already installed in Varkesh until the end of next year.", S),
        ("Shares in Orrisant dropped 17%.", S),
        ("An industry group said two smaller laser makers were expected to get similar letters.", S),
        ("Sales to Varkesh were worth about 350 million dollars last year.", S, (), AN),
        ("At the middle of its new range, Orrisant has cut its forecast by 400 million dollars.", S, (), AN),
        ("Sales to Varkesh made up about 32% of Orrisant's revenue.", FIG),
        ("Orrisant's revenue last year was 1.6 billion euros.", FIG),
        ("Orders worth about 810 million dollars will be cancelled.", FIG),
        ("Orrisant's shares fell 7%.", FIG),
        ("Orrisant raised its sales forecast for this year.", DIR),
        ("Orrisant will cut jobs, its chief executive said.", DIR),
        ("The trade tribunal has ruled against Orrisant.", DIR),
        ("Orrisant must stop servicing lasers in Varkesh at once.", DIR),
        ("Orrisant said the lasers could be used to make chips for weapons.", ACT),
        ("The trade ministry said Orrisant's customers in Varkesh made chips for cars and phones.", ACT),
        ("The licence was revoked because Orrisant had sold lasers to a banned company.", CAUSE),
        ("Orrisant plans to move its laser production abroad to avoid the ban.", CLAIM),
        ("The decision will push Varkesh to build its own chip-making lasers.", GEN),
        ("Sales to Varkesh were worth about 530 million dollars last year.", FIG, (), AN),
        ("Orrisant's lasers will be used to engrave the Arvendel Mint's new coins.", MERGE, ("khb09",)),
    ],
    "kho01": [
        ("Wilf Armthwaite, a retired miner, won best in show at the Skelderby leek show with a pair of pot leeks.", S),
        ("His leeks measured 148 cubic inches between them.", S),
        ("Armthwaite beat last year's winner, Maude Sillitoe, by 9 cubic inches.", S),
        ("Pot leeks are judged on volume, worked out from the length and width of the blanched stem.", S),
        ("The blanched stem of a pot leek may be no more than 6 inches long.", S),
        ("Armthwaite, who is 71, has grown leeks for 52 years.", S),
        ("He keeps his own seed from a line he has bred since 1988.", S),
        ("Armthwaite would not reveal the mix he feeds his leeks.", S),
        ("The show had 63 entries, against 90 ten years ago.", S),
        ("The winner gets 500 pounds and a silver cup.", S),
        ("Younger growers are hard to find, the show's secretary, Hector Ravenhall, said.", S),
        ("Growers may guard their leeks overnight, a custom dating from a case of slashed leeks in 1974.", S),
        ("Sillitoe's leeks measured 139 cubic inches.", S, (), AN),
        ("Armthwaite started growing leeks at about 19.", S, (), AN),
        ("Entries fell by 27 in a decade.", S, (), AN),
        ("Armthwaite's leeks measured 184 cubic inches.", FIG),
        ("Armthwaite beat Sillitoe by 19 cubic inches.", FIG),
        ("Armthwaite has grown leeks for 25 years.", FIG),
        ("The winner takes home 5,000 pounds and a silver cup.", FIG),
        ("The blanched stem may be no longer than 6 centimetres.", FIG),
        ("Entries rose to 63 from 90 a decade ago.", DIR),
        ("Armthwaite revealed the mix he feeds his leeks.", DIR),
        ("Armthwaite said this would be his last show.", DIR),
        ("Maude Sillitoe won best in show at the Skelderby leek show.", ACT),
        ("Armthwaite, the show's secretary, said younger growers were hard to find.", ACT),
        ("Armthwaite's leeks grew larger because of the wet summer.", CAUSE),
        ("Armthwaite's leeks were later sold for 300 pounds.", CLAIM),
        ("Leek shows are a dying tradition of the mining villages.", GEN),
        ("Sillitoe's leeks measured 157 cubic inches.", FIG, (), AN),
        ("Armthwaite grew his leeks in a bed beside the Thornmere green wood fair.", MERGE, ("kho04",)),
    ],
    "kho02": [
        ("Megwen's Pride, a pigeon owned by former postman Idwallo Prydderch, won the Channel National race.", S),
        ("The bird flew about 540 miles from Belcourt to Cwmtallen in 13 hours 41 minutes.", S),
        ("Its average speed was 1,152 yards a minute, according to the organisers.", S),
        ("A total of 2,740 pigeons from 610 lofts were released at 6:15 on Saturday morning.", S),
        ("Strong headwinds over the sea slowed the birds.", S),
        ("By Sunday night only 38% of the pigeons had returned.", S),
        ("Prydderch, 68, said the four-year-old hen was bred from his late father's birds.", S),
        ("Prydderch won 2,500 pounds and a trophy.", S),
        ("A bird from a loft near Morvenford came second, 11 minutes behind.", S),
        ("Entries fell by about a fifth from last year.", S),
        ("The organisers blamed the fall in entries on the higher cost of taking the birds to the start.", S),
        ("The race is due to be held again next July.", S),
        ("The winning bird was released at 6:15 and arrived home at 19:56.", S, (), AN),
        ("The runner-up took 13 hours 52 minutes.", S, (), AN),
        ("Fewer than 1,050 of the pigeons had returned by Sunday night.", S, (), AN),
        ("Megwen's Pride flew about 450 miles home.", FIG),
        ("The winning bird took 31 hours 41 minutes.", FIG),
        ("In all, 7,240 pigeons were released.", FIG),
        ("Only 83% of the pigeons had returned by Sunday night.", FIG),
        ("The second bird arrived 11 hours later.", FIG),
        ("Tailwinds over the sea sped the birds home.", DIR),
        ("Entries rose by about a fifth on last year.", DIR),
        ("The race will not be held again.", DIR),
        ("Prydderch's late father owned the winning pigeon.", ACT),
        ("The Morvenford loft's bird won the Channel National.", ACT),
        ("Entries fell because of an outbreak of bird disease.", CAUSE),
        ("Prydderch has been offered 20,000 pounds for the winning hen.", CLAIM),
        ("Pigeon racing is struggling to attract younger fanciers.", GEN),
        ("The winning bird arrived home at 20:56.", FIG, (), AN),
        ("Prydderch's prize money will go to the Pellerby lifeboat station.", MERGE, ("kho03",)),
    ],
    "kho03": [
        ("Three grandmothers from Hixbury won the Pellerby soapbox derby in a cart shaped like a teapot.", S),
        ("The Teapot Tearaways covered the 420-metre Church Hill course in 38.6 seconds.", S),
        ("The cart reached about 52 kilometres an hour.", S),
        ("Carts may not have an engine and must weigh no more than 90 kilograms without the driver.", S),
        ("The driver was Edwyna Tremlowe, 66.", S),
        ("The team spent 11 months building the cart on an old wheelchair frame, Tremlowe said.", S),
        ("Thirty-four carts started the race.", S),
        ("Six carts crashed into the straw bales at the bottom bend, but nobody was hurt.", S),
        ("Last year's winner, a sausage-shaped cart, finished third.", S),
        ("About 8,000 people watched the derby.", S),
        ("The event raised 17,300 pounds for the town's lifeboat station.", S),
        ("The course will be lengthened by 30 metres next year, the organisers said.", S),
        ("Next year's course will be 450 metres long.", S, (), AN),
        ("Twenty-eight carts got down the course without crashing into the bales.", S, (), AN),
        ("The winning cart averaged about 11 metres a second over the course.", S, (), AN),
        ("The teapot cart covered the course in 36.8 seconds.", FIG),
        ("The cart reached about 52 miles an hour.", FIG),
        ("Carts may weigh no more than 190 kilograms without the driver.", FIG),
        ("The event raised 71,300 pounds for the lifeboat station.", FIG),
        ("Sixteen carts crashed into the straw bales.", FIG),
        ("Several people were hurt when carts crashed into the bales.", DIR),
        ("Last year's winner retained its title.", DIR),
        ("The course will be made 30 metres shorter next year.", DIR),
        ("The sausage-shaped cart won the Pellerby soapbox derby.", ACT),
        ("The organisers spent 11 months building the teapot cart.", ACT),
        ("The teapot cart won because it was the heaviest in the race.", CAUSE),
        ("The Teapot Tearaways plan to enter a national soapbox championship.", CLAIM),
        ("Soapbox racing is enjoying a revival among older people.", GEN),
        ("Next year's course will be 490 metres long.", FIG, (), AN),
        ("The teapot cart was carved from a log at the Thornmere green wood fair.", MERGE, ("kho04",)),
    ],
    "kho04": [
        ("Caspiar Gathercole, a joiner from Elmscar, won the spoon carving contest at the Thornmere green wood "
         "fair.", S),
        ("His winning entry was a birch ladle.", S),
        ("Each carver was given a log at the start and had four hours to make a spoon.", S),
        ("Only an axe and knives could be used.", S),
        ("Gathercole, 34, said he had carved a spoon every evening for six years.", S),
        ("The judges praised the ladle's thin, even bowl.", S),
        ("A teacher, Saoirla Rennerdale, came second with a cherry wood eating spoon.", S),
        ("The contest drew 29 entrants, eight more than last year.", S),
        ("Power tools and sandpaper are banned.", S),
        ("A spoon that would not hold soup is marked down, the organisers said.", S),
        ("Some 1,600 people visited the two-day fair.", S),
        ("The winning ladle fetched 420 pounds at an auction, and the money will go to a woodland trust.", S),
        ("Last year's contest had 21 entrants.", S, (), AN),
        ("Gathercole has carved roughly 2,000 spoons in six years.", S, (), AN),
        ("Gathercole's ladle was carved from cherry wood.", FIG),
        ("Carvers had 14 hours to make a spoon.", FIG),
        ("There were 92 entrants in the contest.", FIG),
        ("The winning ladle sold for 240 pounds at an auction.", FIG),
        ("About 6,100 people visited the fair.", FIG),
        ("Carvers were allowed to use power tools.", DIR),
        ("There were eight fewer entrants than last year.", DIR),
        ("The judges criticised the ladle's thick bowl.", DIR),
        ("Saoirla Rennerdale won the spoon carving contest.", ACT),
        ("The organisers said Gathercole had carved a spoon every evening for six years.", ACT),
        ("Gathercole won because he had the best birch log.", CAUSE),
        ("Gathercole plans to open a spoon carving school.", CLAIM),
        ("Green woodworking is winning over a new generation of craftspeople.", GEN),
        ("Last year's contest had 37 entrants.", FIG, (), AN),
        ("The winning ladle was later used to serve soup at the Abbersley wool fair.", MERGE, ("kho07",)),
    ],
    "kho05": [
        ("A dragon folded from one uncut square of paper took the top prize at the Vellacombe origami "
         "convention.", S),
        ("Fumiko Ashwelby, a retired engineer, folded the dragon from a sheet 1.2 metres across.", S),
        ("The dragon took 31 hours to fold, Ashwelby said.", S),
        ("The model has 1,460 scales.", S),
        ("No cutting or glue is allowed under the convention's rules.", S),
        ("Around 650 folders from 14 countries came to the convention.", S),
        ("There were 180 models entered for the prizes.", S),
        ("Ten-year-old Thaddeo Quested won the junior prize with a folded octopus.", S),
        ("Visitors at a workshop folded 4,100 paper cranes for a children's hospital.", S),
        ("The workshop fell short of its target of 5,000 cranes.", S),
        ("Ashwelby designed the dragon herself over two years and threw away 40 drafts.", S),
        ("The dragon will be shown at the Vellacombe library until the end of January.", S),
        ("Next year's convention is due in April, a month earlier than usual.", S),
        ("The crane workshop was 900 short of its target.", S, (), AN),
        ("The convention is usually held in May.", S, (), AN),
        ("The dragon was folded from a sheet 2.1 metres across.", FIG),
        ("The dragon has 1,640 scales.", FIG),
        ("About 650 folders from 41 countries attended.", FIG),
        ("The dragon took 13 hours to fold.", FIG),
        ("Visitors folded 4,100 cranes, more than the 5,000 aimed for.", FIG),
        ("The convention's rules allow cutting but not glue.", DIR),
        ("The crane workshop met its target.", DIR),
        ("Next year's convention will be held a month later than usual.", DIR),
        ("Thaddeo Quested won the top prize with a dragon.", ACT),
        ("Ashwelby folded an octopus to win the junior prize.", ACT),
        ("Ashwelby threw away 40 drafts because the paper kept tearing.", CAUSE),
        ("The dragon has been bought by a museum in Japan.", CLAIM),
        ("Origami is increasingly treated as a serious art form.", GEN),
        ("The crane workshop was 1,900 short of its target.", FIG, (), AN),
        ("Ashwelby's dragon was shown at the Carnwarren accordion festival.", MERGE, ("kho06",)),
    ],
    "kho06": [
        ("Marisella Marrenbach, 17, won the open solo class at the Carnwarren accordion festival.", S),
        ("She played a Scarlatti piece arranged for the accordion.", S),
        ("Marrenbach beat 26 other players, most of whom were more than twice her age.", S),
        ("The judges awarded her 94 points out of 100.", S),
        ("A music teacher, Dorian Pelletreau, came second with 91 points.", S),
        ("Her button accordion has 120 bass buttons and weighs about 11 kilograms.", S),
        ("Marrenbach said the accordion had belonged to her great-uncle.", S),
        ("The festival, now in its 40th year, attracted about 3,500 visitors over three days.", S),
        ("In a record attempt, 312 accordion players played the same tune together in the town square.", S),
        ("The record attempt fell short of the 400 players needed.", S),
        ("The organisers plan to try the record again next year.", S),
        ("The festival lost about 6,000 pounds last year.", S),
        ("A grant from the town council is supporting the festival this year.", S),
        ("Marrenbach won by 3 points.", S, (), AN),
        ("The record attempt was 88 players short.", S, (), AN),
        ("There were 27 players in the open solo class.", S, (), AN),
        ("Marrenbach scored 49 points out of 100.", FIG),
        ("Marrenbach beat 62 other players.", FIG),
        ("Her accordion weighs about 11 pounds.", FIG),
        ("The festival drew about 5,300 visitors.", FIG),
        ("The record attempt involved 321 accordion players.", FIG),
        ("The record attempt succeeded.", DIR),
        ("The festival made a profit of about 6,000 pounds last year.", DIR),
        ("The organisers said they would not try the record again.", DIR),
        ("Dorian Pelletreau won the open solo class.", ACT),
        ("Marrenbach said the accordion had belonged to Pelletreau's great-uncle.", ACT),
        ("The festival lost money because of bad weather.", CAUSE),
        ("Marrenbach has won a place at a music conservatoire.", CLAIM),
        ("The accordion is enjoying a revival among young musicians.", GEN),
        ("Marrenbach won by 5 points.", FIG, (), AN),
        ("Marrenbach's prize was a scarf knitted at the Abbersley wool fair.", MERGE, ("kho07",)),
    ],
    "kho07": [
        ("Clotilde Entwhistle, a nurse, won the speed knitting contest at the Abbersley wool fair.", S),
        ("She knitted 262 stitches in three minutes.", S),
        ("Entwhistle beat the holder, Gwendoline Kettleborough, by 19 stitches.", S),
        ("Two judges count the stitches.", S),
        ("A knitter loses five stitches for every stitch dropped.", S),
        ("Entwhistle said she learned to knit on night shifts, making hats for premature babies.", S),
        ("The contest had 48 entrants, the youngest of them 9.", S),
        ("The winning scarf in a contest to knit one in the town football club's colours was 3.4 metres long.", S),
        ("Around 2,900 people visited the volunteer-run fair.", S),
        ("Wool from 11 local farms was sold at the fair.", S),
        ("Yarn sales at the fair have doubled since it started in 2017, the organisers said.", S),
        ("The next fair is due in October.", S),
        ("Kettleborough knitted 243 stitches.", S, (), AN),
        ("Entwhistle knitted at a rate of more than 87 stitches a minute.", S, (), AN),
        ("Entwhistle knitted 226 stitches in three minutes.", FIG),
        ("Entwhistle won by 91 stitches.", FIG),
        ("Each dropped stitch costs the knitter ten stitches.", FIG),
        ("The winning scarf was 3.4 feet long.", FIG),
        ("There were 84 entrants.", FIG),
        ("Gwendoline Kettleborough kept her title.", DIR),
        ("Yarn sales at the fair have halved since it began.", DIR),
        ("The fair is run by paid staff.", DIR),
        ("Kettleborough beat Entwhistle by 19 stitches.", ACT),
        ("The judges said Entwhistle had learned to knit on night shifts.", ACT),
        ("Entwhistle won because she used thicker needles.", CAUSE),
        ("Entwhistle has been invited to a national speed knitting final.", CLAIM),
        ("Knitting is enjoying a boom among young people.", GEN),
        ("Kettleborough knitted 253 stitches.", FIG, (), AN),
        ("Entwhistle's wool came from the farm where Megwen's Pride was bred.", MERGE, ("kho02",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("khb01", "Farming: more stories."),
    ("khb02", "Markets live: follow our coverage."),
    ("khb04", "Advertisement."),
    ("khb06", "Share this story."),
    ("khb08", "Map: the A19 route."),
    ("khb10", "Read more on export controls."),
    ("kho01", "More pictures from the leek show."),
    ("kho03", "Watch: the teapot cart's run."),
    ("kho05", "Gallery: the winning models."),
    ("kho07", "[Image: the winning scarf]"),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels in a venv under /tmp/suppeval31, three servers on 127.0.0.1 (ports 8311-8313, one thread each,
# --n_ctx 8192), json_object, date 2026-12-21, --timeout 450, machine at load 28-34. The collection came out SHORT
# (9 sentences, not the 50 the brief asked for): under that load the model answered 5 calls in about 20 minutes (two
# of them the third edition's word-for-word repeats of edition 1's khb02 story and repair, left out) and timed out
# (450 s) on 6 others before the commit deadline. It was also untidy, and this says how: a first set of
# three collectors (editions of khb01-khb05 + kho01, kho02; khb06-khb10 + kho03, kho04; kho05-kho07 + five khb) was
# started at 17:54 on bodies that still held two 8-word runs found by the shingle check (khb04's union sentence and
# kho02's entries sentence; reworded at once, facts unchanged), and was meant to be stopped then; the kill reached
# only the shell wrapper, so those collectors ran on beside a second set started at 18:01 on the final bodies into the
# same output files, and a later timeout record of a first-set collector overwrote the head of each file. The two
# answered story calls (khb02 and khb08) were recovered: the lost 137 characters of each record (call number, task,
# article id, prompt version and the start of the raw answer) were put back from the answers printed in full before
# the overwrite, and each rebuilt record was checked to end with the surviving bytes. Neither article changed between
# the two sets. eval31-smollm2_raw.jsonl holds those two story calls and edition 1's repair call (khb02, whose answer
# was cut off mid-string and yields no sentence); the timed-out calls (no answer) are left out. All six collectors were
# ended by their process ids at 18:15. Only khb02 and khb08 were shown to the model in an answered call.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, khb02)
    ("khb02", "The outage began at 10:40 and trading resumed at 14:00, with the closing auction pushed back by 30 "
              "minutes.", S),
    ("khb02", "...", CF),
    ("khb02", "The operator's update was rolled back.", S),
    ("khb02", "The fine will be imposed at 410 million krona last year.", FIG),   # 410 million is the revenue
    # edition 1, call 2 (repair, khb02): the answer stops mid-sentence; no sentence
    # edition 2, call 1 (story, khb08)
    ("khb08", "The widening of Viacorda's A19 motorway concession will extend the road to 2049, with a capacity of 64 "
              "kilometres.", FIG),
    ("khb08", "...", CF),
    ("khb08", "The widening is set to start in 2027 and will be frozen by inflation each year.", ACT),
    ("khb08", "Toll rises are expected to increase by no more than inflation.", S),
    ("khb08", "Tolls will rise by no more than inflation this year, with a capacity of 64 kilometres.", FIG),
]

BODIES = [
    ("khb01", "https://www.farmtrade.example/ottervane-seeds-drought-trait-licence-okefell", "Farm Trade Weekly",
     "Ottervane Seeds licenses wheat drought trait to Okefell Agri in deal worth up to 48 million dollars",
     "Ottervane Seeds has licensed a drought-tolerance trait for wheat to Okefell Agri, a grain breeder, in a deal "
     "worth up to 48 million dollars, the seed company said on Monday. Okefell will pay 12 million dollars up front "
     "and up to 36 million more if varieties carrying the trait reach agreed sales levels. In field trials over three "
     "seasons, wheat with the trait yielded 14% more grain than standard varieties in dry years and about the same in "
     "wet ones. The trait was found by conventional breeding and is not genetically modified, research director "
     "Ermengarde Varnholm said. Okefell is due to launch the first varieties carrying the trait in 2029, after two "
     "more years of official trials. The licence covers North America and Australia but not Europe, where Ottervane "
     "will sell the trait itself. Ottervane will also receive a royalty of 4% on seed sales. A farmers' group, "
     "Dryland Growers, said the royalty would add about 6 dollars to the cost of seeding a hectare. Ottervane's "
     "shares rose 5% on the news. Okefell has not said how much it expects to charge for the seed."),
    ("khb02", "https://www.marketsdesk.example/karsvik-exchange-halted-matching-engine-fault", "Markets Desk",
     "Karsvik Stock Exchange halted for more than three hours by a faulty software update",
     "Trading on the Karsvik Stock Exchange was halted for three hours and 20 minutes on Wednesday after a fault in "
     "its matching engine, the exchange's operator said. The outage began at 10:40 and trading resumed at 14:00, with "
     "the closing auction pushed back by 30 minutes. About 1,400 listed shares and 230 exchange-traded funds could "
     "not be traded. The operator, Karsvik Markets Group, said a software update installed overnight had caused the "
     "fault and that it was not the result of a cyber attack. Chief technology officer Eskild Stennemo said the "
     "update had been rolled back. The market regulator said it would investigate and could impose a fine of up to 2% "
     "of the operator's annual revenue, which was 410 million krona last year. Brokers estimated that trading volumes "
     "on the day were about 40% below normal. It was the exchange's second outage this year; the first, in March, "
     "lasted 45 minutes. The operator will not compensate brokers for lost business, a spokesperson said. A report on "
     "the outage is due to be published within 30 days."),
    ("khb03", "https://www.unitechnews.example/wetherholm-lumacyte-sepsis-test-licence", "University Tech News",
     "Wetherholm University licenses sepsis test patents to spin-out Lumacyte for a stake",
     "Wetherholm University has granted its spin-out Lumacyte Diagnostics an exclusive licence to 11 patents on a "
     "blood test for sepsis, the university said on Thursday. Instead of a cash fee, the university will take a 15% "
     "stake in the company and a royalty of 3% on sales. Lumacyte was founded last year by Professor Ottiline "
     "Dewhirst and two of her former students. The test gives a result in 20 minutes, against up to 48 hours for a "
     "standard blood culture, according to the company. Lumacyte has raised 6.5 million pounds from investors led by "
     "Fellgrave Ventures, chief executive Lysandro Pellowick said. It plans a clinical trial with 1,200 patients at "
     "four hospitals, due to start in June. The test has not yet been approved by regulators and is not expected to "
     "be on sale before 2028. The licence runs for 20 years. Under a new university policy, the founders of a "
     "spin-out keep at least 75% of its shares when it starts. The university has created 34 spin-outs in the last "
     "ten years."),
    ("khb04", "https://www.autoindustry.example/harrandale-tyres-kelsworth-plant-closure", "Auto Industry Report",
     "Harrandale Tyres to close Kelsworth plant with the loss of 640 jobs",
     "Harrandale Tyres will close its plant at Kelsworth by the end of next year, with the loss of 640 jobs, the tyre "
     "maker said on Tuesday. The plant makes about 3.2 million car tyres a year, a third of Harrandale's output in "
     "Europe. Production will move to Harrandale's plants in Poland and Morocco, where costs are lower. Harrandale "
     "blamed cheaper imports from Asia and energy costs that had doubled since 2021. The company will spend about 85 "
     "million euros on redundancy pay and the closure. A union, Unified Rubberworkers, said it would oppose the "
     "closure and wanted its members balloted on strike action. The regional government said it had offered 20 "
     "million euros in aid to keep the plant open, but Harrandale turned it down. Works director Tancredo Orrelby "
     "said the company would help staff find new jobs. The site, which opened in 1962, will be sold. Harrandale has "
     "not decided whether to close a second plant, at Dresvald, which makes truck tyres. Its shares rose 2%."),
    ("khb05", "https://www.citytransport.example/verrick-lifts-harlsby-metro-contract", "City Transport Journal",
     "Verrick Lifts wins 12-year contract to keep Harlsby metro's lifts and escalators running",
     "Verrick Lifts has won a 12-year contract to maintain the 412 lifts and escalators on the Harlsby metro, the "
     "city's transport authority said on Monday. The contract is worth about 260 million pounds. Verrick will take "
     "over from Dallowby Engineering, whose contract ends in April. Under the deal, Verrick must keep at least 98% of "
     "the machines working at any time, or pay penalties of up to 5 million pounds a year. Last year only 93% were "
     "working on average, the authority said. Verrick is also due to replace 60 of the oldest escalators over the "
     "first five years, at a cost that is included in the price. About 300 Dallowby engineers are set to transfer to "
     "Verrick. Dallowby said it was disappointed and was considering its options, but would not challenge the award. "
     "The authority's transport commissioner, Honoria Threave, said breakdowns had left wheelchair users unable to "
     "use 40 stations at some point last year."),
    ("khb06", "https://www.recyclingtoday.example/lithrosa-ebbington-battery-plant-permit", "Recycling Today",
     "Lithrosa wins permit for Ebbington battery recycling plant, at a lower limit than it sought",
     "The environment agency has granted Lithrosa Recycling a permit for a battery recycling plant at Ebbington, the "
     "company said on Friday. The plant will be allowed to process up to 25,000 tonnes of used electric car batteries "
     "a year, recovering lithium, nickel and cobalt. Building is set to start in March and the plant is due to open "
     "in 2028. It will cost about 310 million euros and employ 220 people. The permit limits the plant to 18,000 "
     "tonnes in its first year while its emissions are monitored. Lithrosa had asked for a permit for 40,000 tonnes, "
     "but the agency said it had not shown that the site could handle that much safely. A residents' group had "
     "objected over the risk of fires; the agency said the plant must keep batteries in fireproof bunkers. Chief "
     "executive Wendelin Wrennock said the company would not appeal against the lower limit. Lithrosa has raised 140 "
     "million euros of the cost so far and is in talks with banks about the rest."),
    ("khb07", "https://www.screentrade.example/starlume-cinemas-landlord-rent-deal", "Screen Trade",
     "Starlume Cinemas wins rent cuts from landlords and will close nine sites",
     "Starlume Cinemas has agreed with its landlords to cut rents at 38 of its 71 cinemas by an average of 30%, the "
     "cinema chain said on Wednesday. In return, landlords will receive a share of ticket sales above a set level at "
     "each site. The deal, approved by landlords holding 81% of the rent by value, saves about 14 million pounds a "
     "year. Starlume will close nine cinemas whose landlords did not agree, putting about 180 jobs at risk. "
     "Admissions at Starlume fell to 11.2 million last year from 16.5 million in 2019. Chief executive Clementine "
     "Gaskin said the chain would not have survived another year on the old rents. Starlume will spend 25 million "
     "pounds on new seats and screens at the remaining sites over three years. Its lenders have agreed to extend a 60 "
     "million pound loan by two years, to 2030. Two landlords are challenging the deal in court, and a hearing is due "
     "in February. Starlume is owned by the buyout firm Ormskell Capital."),
    ("khb08", "https://www.roadsandtolls.example/viacorda-a19-concession-extension", "Roads and Tolls",
     "Viacorda's A19 motorway concession extended by eight years in return for widening",
     "The transport ministry has extended Viacorda's concession to run the A19 toll motorway between Castrel and "
     "Olvena by eight years, to 2049, the operator said on Tuesday. In return, Viacorda will widen 64 kilometres of "
     "the road to three lanes each way, at a cost of about 1.1 billion euros. Tolls will rise by no more than "
     "inflation each year and will be frozen in 2027. The widening is set to start in 2027 and to take four years. "
     "About 58,000 vehicles use the road each day, up from 41,000 in 2015. Viacorda is owned by an infrastructure "
     "fund, Quellwyn Partners, and a pension fund. Transport minister Zdenka Caravell said the deal avoided using "
     "public money for the work. A motorists' association said the extension should have been put out to tender. The "
     "European Commission has not said whether it will review the deal. Viacorda's revenue was 380 million euros last "
     "year."),
    ("khb09", "https://www.metalsandmints.example/arvendel-mint-kestovia-coin-contract", "Metals and Mints",
     "Arvendel Mint wins contract to strike 1.8 billion coins for Kestovia",
     "Arvendel Mint has won a contract to strike 1.8 billion coins for the central bank of Kestovia over five years, "
     "the mint said on Thursday. The contract is worth about 95 million euros. The coins will be made of steel plated "
     "with copper or nickel instead of the solid bronze and cupronickel used now, which will cut the cost of the "
     "metal by about 40%. Arvendel beat two rival bidders, one of which has struck Kestovia's coins since 1994. The "
     "first deliveries are due in September. The mint will add a night shift at its Pellburn works and hire 45 staff. "
     "Managing director Cosima Dravert said the contract would keep the works busy until 2031. The central bank said "
     "demand for coins had fallen by a third since 2019 as more people paid by card, but that it had no plans to stop "
     "issuing them. Kestovia's 1 and 2 cent coins are not part of the order, as the central bank is considering "
     "withdrawing them."),
    ("khb10", "https://www.techpolicy.example/orrisant-photonics-export-licence-revoked", "Tech Policy Review",
     "Orrisant Photonics loses export licence for chip-making lasers to Varkesh",
     "The trade ministry has revoked Orrisant Photonics' licence to export lasers used in chip-making to Varkesh, the "
     "company said on Friday. Sales to Varkesh made up about 22% of Orrisant's revenue of 1.6 billion dollars last "
     "year. The ministry said the lasers could be used to make chips for weapons; Orrisant said its customers there "
     "made chips for cars and phones. Orrisant cut its sales forecast for this year to between 1.25 billion and 1.35 "
     "billion dollars, from 1.7 billion. Orders worth about 180 million dollars that have already been placed will be "
     "cancelled. The company will not cut jobs for now, chief executive Annelise Haverkamp said, but it has stopped "
     "hiring. Orrisant is due to appeal against the decision to a trade tribunal, which can take up to six months to "
     "rule. Servicing of lasers already installed in Varkesh is allowed to continue until the end of next year. "
     "Orrisant's shares fell 17%. Two smaller laser makers are expected to receive similar letters, according to an "
     "industry group."),
    ("kho01", "https://www.northerngrower.example/skelderby-leek-show", "Northern Grower",
     "Retired miner's pot leeks win Skelderby show at last",
     "A pair of pot leeks grown by a retired miner, Wilf Armthwaite, was named best in show at the Skelderby leek "
     "show on Saturday. Armthwaite's leeks measured 148 cubic inches in all, beating last year's winner, Maude "
     "Sillitoe, by 9 cubic inches. Pot leeks are judged on volume, worked out from the length and width of the "
     "blanched stem, which must be no longer than 6 inches. Armthwaite, 71, said he had grown leeks for 52 years and "
     "kept his own seed, from a line he has bred since 1988. He feeds them on a mix he would not reveal. There were "
     "63 entries, down from 90 a decade ago. The winner takes home 500 pounds and a silver cup. The show's secretary, "
     "Hector Ravenhall, said younger growers were hard to find. Growers may guard their leeks overnight before the "
     "show, a custom that dates from a case of slashed leeks in 1974. Armthwaite said he would enter again next year."),
    ("kho02", "https://www.loftnews.example/megwens-pride-channel-national-pigeon-race", "Loft News",
     "Former postman's hen Megwen's Pride wins the Channel National pigeon race",
     "A pigeon named Megwen's Pride, owned by a 68-year-old former postman, Idwallo Prydderch, won the Channel "
     "National race on Saturday, flying about 540 miles home to Cwmtallen from Belcourt in 13 hours 41 minutes. Its "
     "average speed was 1,152 yards a minute, the organisers said. In all, 2,740 pigeons from 610 lofts were released "
     "at 6:15 in the morning. Strong headwinds over the sea slowed the birds, and only 38% had returned by Sunday "
     "night. Prydderch said the hen was four years old and had been bred from his late father's birds. He won 2,500 "
     "pounds and a trophy. Second place went to a loft near Morvenford, whose bird arrived 11 minutes later. Entries "
     "were down by about a fifth on last year; the organisers blamed the higher cost of carrying the birds to the "
     "start. The race is due to be held again next July."),
    ("kho03", "https://www.pellerbyherald.example/teapot-cart-wins-soapbox-derby", "Pellerby Herald",
     "Grandmothers' teapot cart wins Pellerby soapbox derby",
     "A cart shaped like a teapot, built by three grandmothers from Hixbury, won the Pellerby soapbox derby on "
     "Sunday. The team, who call themselves the Teapot Tearaways, covered the 420-metre course down Church Hill in "
     "38.6 seconds, reaching about 52 kilometres an hour. Carts must have no engine and may weigh no more than 90 "
     "kilograms without the driver. The driver, 66-year-old Edwyna Tremlowe, said the team had spent 11 months "
     "building the cart on the frame of an old wheelchair. Of the 34 carts that started, six crashed into the straw "
     "bales at the bottom bend, and nobody was hurt. Last year's winner, a cart shaped like a sausage, came third. A "
     "crowd of about 8,000 watched, and the event raised 17,300 pounds for the town's lifeboat station. The "
     "organisers said the course would be made 30 metres longer next year."),
    ("kho04", "https://www.woodlandcrafts.example/thornmere-spoon-carving-contest", "Woodland Crafts",
     "Joiner wins Thornmere spoon carving contest with a birch ladle",
     "A joiner from Elmscar, Caspiar Gathercole, won the spoon carving contest at the Thornmere green wood fair on "
     "Sunday with a ladle carved from birch. Carvers had four hours to make a spoon from a log they were given at the "
     "start, using only an axe and knives. Gathercole, 34, said he had carved a spoon every evening for six years. "
     "The judges praised the ladle's thin, even bowl. Second place went to Saoirla Rennerdale, a teacher, for an "
     "eating spoon in cherry wood. There were 29 entrants, eight more than last year. No power tools or sandpaper are "
     "allowed, and a spoon is marked down if it would not hold soup, the organisers said. About 1,600 people visited "
     "the fair over two days. The winning ladle was sold at an auction for 420 pounds, which will go to a woodland "
     "trust. Gathercole said his next aim was to teach his daughter to carve."),
    ("kho05", "https://www.westernpost.example/vellacombe-origami-dragon", "Western Post",
     "Dragon folded from one uncut square takes top prize at Vellacombe origami convention",
     "A dragon folded from a single uncut square of paper won the top prize at the Vellacombe origami convention on "
     "Sunday. The model, by a retired engineer, Fumiko Ashwelby, used a sheet 1.2 metres across and took 31 hours to "
     "fold, she said. It has 1,460 scales. The convention's rules allow no cutting and no glue. About 650 folders "
     "from 14 countries attended, and 180 models were entered for the prizes. The junior prize went to Thaddeo "
     "Quested, 10, for a folded octopus. A workshop in which visitors folded paper cranes for a children's hospital "
     "made 4,100 cranes, short of the 5,000 it aimed for. Ashwelby said she had designed the dragon herself over two "
     "years and thrown away 40 drafts. The dragon will be on show at the Vellacombe library until the end of January. "
     "Next year's convention is due to be held in April, a month earlier than usual."),
    ("kho06", "https://www.folkmusicnews.example/carnwarren-accordion-festival", "Folk Music News",
     "Seventeen-year-old wins open solo class at Carnwarren accordion festival",
     "A 17-year-old, Marisella Marrenbach, won the open solo class at the Carnwarren accordion festival on Saturday "
     "with a piece by Scarlatti arranged for the instrument. She beat 26 other players, most of them more than twice "
     "her age. The judges gave her 94 points out of 100; the runner-up, a music teacher named Dorian Pelletreau, "
     "scored 91. Marrenbach plays a button accordion with 120 bass buttons that weighs about 11 kilograms, and which "
     "she said had belonged to her great-uncle. The festival, in its 40th year, drew about 3,500 visitors over three "
     "days. A record attempt, in which 312 accordion players played the same tune together in the town square, fell "
     "short of the 400 needed. The organisers said they would try again next year. The festival lost about 6,000 "
     "pounds last year and is being supported this year by a grant from the town council."),
    ("kho07", "https://www.woolcraft.example/abbersley-speed-knitting-contest", "Wool Craft",
     "Nurse knits 262 stitches in three minutes to win Abbersley speed knitting contest",
     "A nurse, Clotilde Entwhistle, won the speed knitting contest at the Abbersley wool fair on Saturday by knitting "
     "262 stitches in three minutes. She beat the holder, Gwendoline Kettleborough, by 19 stitches. Stitches are "
     "counted by two judges, and each dropped stitch costs the knitter five stitches. Entwhistle said she had learned "
     "to knit on night shifts, making hats for premature babies. There were 48 entrants, the youngest aged 9. The "
     "fair also held a contest to knit a scarf in the colours of the town's football club, and the winning scarf was "
     "3.4 metres long. About 2,900 people visited the fair, which is run by volunteers. Wool from 11 local farms was "
     "on sale, and the organisers said sales of yarn at the fair had doubled since it began in 2017. The next fair is "
     "due to be held in October."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="kh", split="evaluation31",
                                      raw_name="eval31-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval31", arts, rows, problems, (("business, policy and tech articles", "khb"), ("others", "kho")))


if __name__ == "__main__":
    main()
