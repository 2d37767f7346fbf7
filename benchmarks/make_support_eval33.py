"""Build the thirty-third EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval33-articles.jsonl and eval33-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval33.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and places
(every capitalised word of the bodies, titles and sources was searched for as a word in tests/data, the demo corpus
(topline/demo/corpus, docs/demo-corpus) and ../shared/data first; the first draft's names found there, nineteen of
them (Bertrand, Sallowmere, Calder, Callum, Fennick, Gus, Harrowdene, Hilary, Idris, Jory, Leela, Marisol, Quenby,
Morwenna, Ottoline, Petra, Rupert, Teodric and a coin first called PVE), were replaced and the replacements searched
again; common words, real countries (Switzerland, Turkey, Serbia), the European Union, Maine, Highland and Roman are
left). Ten articles are business, policy and tech news (kjb01-kjb10) of kinds no earlier part used (each checked
against the earlier parts' articles' titles and bodies: no earlier article has a disposable cup charge, vapes, roaming
charges, a subsea cable, a stablecoin, insulin, a carrier bag charge, a ticket resale cap, a visitor levy or
shrinkflation): a coffee chain's 25-pence charge on disposable cups (shops, a discount kept, a share of reusable cups,
cups a year, the money given to a charity, a halving expected, a trial, staff and hospitals exempt, a national levy
not dated, a rival not following, sales), a ban on disposable vapes (a date, fines, a licence lost after a second
offence, reusable vapes and their flavours, vapes sold a year, bin lorry fires, pupils who vaped then and in 2020,
stocks to clear, an industry association and doctors' groups), a mobile operator's roaming charge outside the EU (euros
a day, a cap a trip, data, plans exempt, a cost a year, customers who travelled, larger rivals keeping roaming free, a
consumer group, customers who joined before a date), a subsea internet cable switched on (kilometres, fibre pairs,
terabits and a multiple of the old link, a cost and the government's share, the old cable cut twice by trawlers and
islanders without broadband for days, burial depth, days to lay, a backup, faster plans due, an engineering
director), a stablecoin licence (a peg, reserves in cash or bonds, monthly publication and quarterly audits, a start
date, a target in circulation, no interest, money raised, staff, applications and rejections, a central bank warning,
swaps free of charge), an insulin price cap (dollars a month, what uninsured patients pay, pens and vials, a card, a
list price cut, patients, revenue lost, shares down, the other two makers, a patients' group, no law behind it), a
carrier bag charge raised and widened (cents, small shops no longer exempt, bags that stay free, money to good causes,
a fall since 2016, a further third expected, fines, a delay asked for, bags for life), a ticket resale cap (10% above
face value, what sites must show, fines as a share of turnover, a start month, booking fees, a resale site, a survey,
votes, promoters, football's earlier cap), a city's visitor levy (euros a night, seven nights, children and campsites,
money expected and its uses, overnight stays, holiday flats doubled, a review, hotels going to court, votes, a
register) and a chocolate bar that shrank at the same price (grams, euros, products and companies, a shelf notice
rule, cocoa prices, products not named, the price a kilogram, a consumer group, sales). Seven are on topics no earlier
part uses (kjo01-kjo07; the earlier parts' articles were searched for the topic words first): an onion at a vegetable
show, a pie-eating championship, a cat show, a solo bagpipe contest, a hedge maze opening, a fireworks competition and
a scone competition (many shows and contests, among them a bell-ringing one, conkers, sandcastles, giant pumpkins,
sheepdog trials and a pancake race, were first thought of and left out: an earlier part has them). Plans against done
acts and scheduled events ("will charge", "will ban", "plans to start issuing", "takes effect in October", "would
offer faster plans from February", "will be reviewed after two years", "would take the council to court", "is
considering a national levy", "asked for the start to be put back"), negations ("will not be kept", "will not pay",
"will not pay interest", "not because of any law", "will not name", "marked down but not disqualified", "no one needed
help", "no jam or cream", "was not sold"), figures in pence, pounds, euros, cents and dollars and in kilometres,
metres, centimetres, hectares, kilograms, grams, terabits, gigabytes, minutes and seconds, percentages, fractions ("one
in five", "a further third") and multiples ("about 80 times", "ten times the face value", "tripled", "doubled"),
speakers by role and by name, and actors named by description ("the chain", "the operator", "the network company",
"the regulator", "the drugmaker", "the ministry", "the council", "the consumer authority", "a fans' group", "the
landlord", "the organisers").

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added, moved or dropped, voice changed, clauses reordered, two body sentences summed up in one, a
speaker by role and by name ("chief executive Annick Dorrowby", "Quillanby"), an actor by a short name or a
description ("the coffee chain", "the operator", "the start-up", "the drugmaker", "the third-largest operator"),
nouns for verbs ("the ban on selling disposable vapes takes effect", "the council's decision on Tuesday brings in a
charge", "Parliament's approval of the law", "the government's extension of the bag charge", "Harvelle's decision to
cap insulin prices"), synonyms and other verbs for the same act ("goes through" for "uses", "turned down" for
"rejected", "single-use" for "disposable", "priciest" for "most expensive", "took" for "won", "auctioned" for "sold at
auction"), figures restated in other words ("one drink in 25" for 4%, "as much as" for "up to", "quarterly" for "every
three months", "150 centimetres" for "a metre and a half", "6,000 square metres" for 0.6 hectares, "840 seconds" for
14 minutes, "105 centimetres" for 1.05 metres, "40 millimetres" for 4 centimetres, "two weeks" for "a fortnight",
"twice as many as in 2018" for "doubled since 2018"), and analysis sentences (``kind`` "analysis") that only combine or
compute from one passage of the cited article (cups after a halving, last year's sales from a rise, a discount and a
charge together, a share that more than doubled, a licence lost only after two offences, a capped trip, a share of
customers, a funder's part and share of a cost, an old link's capacity, applications not rejected, reserves at a
target, reports and audits a year, a cut for the patients who pay most, a list price after a cut, makers not yet
capping, a charge's multiple, bags after a further cut and before the charge, a resale price and fee, a majority,
a share under three in ten, a levy over ten nights, flats in 2018, a weight cut as a percentage, in grams and as a
fraction, a price a kilogram's rise, a record beaten by grams, a weight above a scale's limit, prize money in all,
contestants, seconds faster and slower, cats in all, entry fees, years between two dates, a duration in seconds, a
family's entry, weeks of cutting, money a display, shells a minute, scones sold and tasted, years in the summer).
Each is fully supported by one passage (a sentence and its neighbours) of a cited article, checked by reading.
Unsupported sentences (origin "planted"): every error kind (wrong figures, units, currencies and dates, wrong
directions, negations dropped or reversed, plans and requests told as done, scope widened or narrowed (hospital drinks
charged, reusable vapes banned, roaming inside the EU charged, pens only, concert tickets only, the youngest winner
ever), wrong actors and swapped roles, unsupported claims, invented causes, generic invented analysis, merged events
citing two articles, content-free page furniture), with analysis sentences whose computation is wrong (kind
"analysis"). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by
reading; their raw answers are in eval33-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs
to the split "evaluation33"; ids "kj0001"... (two letters: every single letter, "ka" (eval25's), "kc" (eval26's), "kd"
(eval27's), "ke" (eval28's), "kf" (eval29's), "kg" (eval30's), "kh" (eval31's) and "ki" (eval32's) already start an
earlier part's sentence ids; no sentence or article id of any part starts with "kj"). The article ids "kjb01"... and
"kjo01"... start with no earlier part's article id prefix.
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
           "eval29-sentences.jsonl", "eval30-sentences.jsonl", "eval31-sentences.jsonl", "eval32-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl", "eval22-articles.jsonl",
                    "eval23-articles.jsonl", "eval24-articles.jsonl", "eval25-articles.jsonl", "eval26-articles.jsonl",
                    "eval27-articles.jsonl", "eval28-articles.jsonl", "eval29-articles.jsonl", "eval30-articles.jsonl",
                    "eval31-articles.jsonl", "eval32-articles.jsonl")
# The id prefixes of the earlier parts' sentences
EARLIER_IDS = tuple("abcdefghijklmnopqrstuvwxyz") + ("ka", "kc", "kd", "ke", "kf", "kg", "kh", "ki")
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, eb, eo, ib, io, jb, jo, kb, ko, lb, lo, mb, mo, qb, qo,
# rb, ro, sb, so, tb, to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo, kab, kao, kcb, kco, kdb, kdo, keb, keo, kfb,
# kfo, kgb, kgo, khb, kho, kib, kio; this part's: kjb, kjo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "kjb01": [
        ("Caffendra will add a 25-pence charge to drinks served in disposable cups from 1 March.", S),
        ("The coffee chain, which has 640 shops, announced the charge on Wednesday.", S),
        ("Customers bringing a cup of their own will keep getting a 10-pence discount, which Caffendra has offered "
         "since 2018.", S),
        ("About 4% of Caffendra's drinks are sold in reusable cups, according to chief executive Marisel "
         "Quenderby.", S),
        ("The chain goes through some 90 million disposable cups every year.", S),
        ("Caffendra will not keep the money from the charge, which will be given to the recycling charity "
         "Cupcircle.", S),
        ("The company expects its use of disposable cups to fall by half within two years.", S),
        ("A trial in 40 of its shops last year reduced disposable cup use by 35%.", S),
        ("Staff drinks and drinks sold in hospitals are exempt from the charge.", S),
        ("The government is weighing a national levy on disposable cups but has set no date for it.", S),
        ("Beanhollow, a rival chain, said it did not plan to follow Caffendra.", S),
        ("Caffendra's sales grew 7% last year to 510 million pounds.", S),
        ("Only around one drink in 25 is sold in a reusable cup, Quenderby said.", S),
        ("If the charge works as the chain expects, Caffendra would use about 45 million disposable cups a year "
         "within two years.", S, (), AN),
        ("Caffendra's sales were about 477 million pounds the year before last.", S, (), AN),
        ("A customer who brings their own cup pays 35 pence less than one who takes a disposable cup.", S, (), AN),
        ("Caffendra will charge 52 pence for each disposable cup from 1 March.", FIG),
        ("The cup charge will start on 1 May.", FIG),
        ("Caffendra has 460 coffee shops.", FIG),
        ("The chain uses around 19 million disposable cups a year.", FIG),
        ("A trial in 40 shops last year cut disposable cup use by 53%.", FIG),
        ("Caffendra's sales rose 7% to 150 million pounds last year.", FIG),
        ("Caffendra's sales fell 7% last year.", DIR),
        ("Caffendra will keep the money raised by the cup charge.", DIR),
        ("Customers who bring their own cup will no longer get a discount.", DIR),
        ("Drinks sold in hospitals will also be charged 25 pence.", DIR),
        ("The government has introduced a national levy on disposable cups.", DIR),
        ("Beanhollow said it would follow Caffendra with a cup charge of its own.", DIR),
        ("Beanhollow will charge 25 pence for disposable cups from 1 March.", ACT),
        ("Cupcircle's chief executive said only about 4% of drinks were sold in reusable cups.", ACT),
        ("Caffendra is bringing in the charge because the government ordered it to.", CAUSE),
        ("The charge will also apply to food packaging at Caffendra's shops.", CLAIM),
        ("Charges like this are the quickest way to change how consumers behave.", GEN),
        ("If the charge works as expected, Caffendra would use about 60 million disposable cups a year.", FIG, (), AN),
        ("The money from Caffendra's cup charge will pay for collecting Norravia's disposable vapes.", MERGE,
         ("kjb02",)),
    ],
    "kjb02": [
        ("Disposable vapes will be banned from sale in Norravia from 1 June.", S),
        ("Health minister Teodvar Hallaway announced the ban on Monday.", S),
        ("A shop caught selling disposable vapes could be fined as much as 5,000 euros for a first offence.", S),
        ("Shops that are caught a second time may lose their tobacco licence.", S),
        ("Vapes that can be refilled and recharged will remain legal.", S),
        ("Only tobacco, mint and menthol flavours will be allowed for reusable vapes.", S),
        ("Around 8 million disposable vapes are sold in Norravia every year.", S),
        ("According to the ministry, most disposable vapes are thrown out with household waste, and their batteries "
         "start fires in bin lorries.", S),
        ("One in five 15-year-old pupils had vaped in the past month, a survey found, against one in twelve in 2020.",
         S),
        ("Sellers have until the end of May to get rid of their stock, and anything unsold must go back to "
         "suppliers.", S),
        ("The vaping industry's trade association warned that the ban would drive buyers to the black market.", S),
        ("Doctors' groups backed the ban, while calling for a tax on reusable vapes as well.", S),
        ("Hallaway said Norravia would stop the sale of single-use vapes in June.", S),
        ("The ban on selling disposable vapes takes effect on 1 June.", S),
        ("The share of 15-year-olds who had vaped in the past month has more than doubled since 2020.", S, (), AN),
        ("A shop would have to be caught twice before it could lose its licence to sell tobacco.", S, (), AN),
        ("Norravia will ban the sale of disposable vapes from 1 July.", FIG),
        ("Shops face fines of up to 50,000 euros for a first offence.", FIG),
        ("About 18 million disposable vapes are sold in the country each year.", FIG),
        ("One in three pupils aged 15 had used a vape in the past month.", FIG),
        ("In 2020, one in twenty pupils aged 15 had vaped in the past month.", FIG),
        ("Sellers will have until the end of April to clear their stocks.", FIG),
        ("Shops will lose their licence to sell tobacco after a first offence.", FIG),
        ("Reusable vapes will also be banned from June.", DIR),
        ("Norravia has already banned the sale of disposable vapes.", DIR),
        ("Doctors' groups opposed the ban on disposable vapes.", DIR),
        ("Vaping among 15-year-olds has fallen since 2020, the survey found.", DIR),
        ("The vaping industry's trade association welcomed the ban.", DIR),
        ("Doctors' groups said the ban would push buyers to the black market.", ACT),
        ("The vaping industry association called for a tax on reusable vapes.", ACT),
        ("Norravia is banning disposable vapes after a fire at a recycling plant.", CAUSE),
        ("Reusable vapes will be taxed from June.", CLAIM),
        ("Vape bans rarely work without strict checks at the border.", GEN),
        ("The share of 15-year-olds who vaped in the past month has tripled since 2020.", FIG, (), AN),
        ("Unsold disposable vapes will be taken back at Skellwave's shops for recycling.", MERGE, ("kjb03",)),
    ],
    "kjb03": [
        ("From 1 April, Skellwave will charge pay-monthly customers 2 euros a day for using their phones outside the "
         "European Union.", S),
        ("The operator announced the roaming charge on Friday.", S),
        ("The charge applies in countries such as Switzerland, Turkey and Serbia.", S),
        ("Skellwave customers have been able to roam in those countries free of charge since 2017.", S),
        ("Customers on Skellwave's two priciest plans are exempt.", S),
        ("No customer will pay more than 20 euros in roaming fees for a single trip.", S),
        ("For 2 euros a day, customers get unlimited calls and texts and as much as 5 gigabytes of data.", S),
        ("Roaming outside the EU costs Skellwave 48 million euros a year, chief executive Annick Dorrowby said.", S),
        ("Dorrowby said Skellwave could no longer absorb the cost.", S),
        ("Around 1.3 million of Skellwave's 4.1 million customers travelled outside the EU last year.", S),
        ("Plenora and Halvix, the two operators bigger than Skellwave, have said roaming will stay free.", S),
        ("Callwatch, a consumer group, said customers should be free to end their contracts without paying a "
         "penalty.", S),
        ("People who became Skellwave customers before 1 January will keep free roaming until the end of their "
         "contracts.", S),
        ("The third-largest operator's return to roaming fees starts on 1 April.", S),
        ("The cap means a customer pays the same 20 euros for any trip of ten days or more.", S, (), AN),
        ("Nearly a third of Skellwave's customers travelled outside the EU last year.", S, (), AN),
        ("Skellwave will charge 5 euros a day for roaming outside the EU.", FIG),
        ("The roaming fee will be capped at 50 euros a trip.", FIG),
        ("The roaming charge starts on 1 August.", FIG),
        ("Roaming outside the EU costs Skellwave 84 million euros a year.", FIG),
        ("About 3.1 million Skellwave customers travelled outside the EU last year.", FIG),
        ("Skellwave is the country's largest mobile operator.", FIG),
        ("Skellwave will also charge its customers for roaming inside the European Union.", DIR),
        ("Customers on Skellwave's most expensive plans will pay the charge too.", DIR),
        ("Customers who joined before 1 January will lose free roaming on 1 April.", DIR),
        ("Plenora and Halvix will also bring back roaming charges.", DIR),
        ("Callwatch said customers would not be allowed to leave their contracts.", DIR),
        ("Plenora will charge its customers 2 euros a day to roam outside the EU.", ACT),
        ("Callwatch's chief executive said roaming cost 48 million euros a year.", ACT),
        ("Skellwave is bringing back roaming charges because of a new EU rule.", CAUSE),
        ("The roaming charge was approved by the telecoms regulator.", CLAIM),
        ("Operators are using roaming fees to make up for falling profits at home.", GEN),
        ("About one in ten Skellwave customers travelled outside the EU last year.", FIG, (), AN),
        ("Skellwave will use the roaming fees to pay for the Orrisay islands' new subsea cable.", MERGE, ("kjb04",)),
    ],
    "kjb04": [
        ("Farrowlink switched on a new subsea internet cable between the Orrisay islands and the mainland on "
         "Thursday.", S),
        ("The cable is 240 kilometres long and has 16 pairs of optical fibre.", S),
        ("The new cable can carry as much as 40 terabits a second.", S),
        ("The new link has about 80 times the capacity of the cable it replaces.", S),
        ("The government put 60 million pounds towards the 96-million-pound cable, and Farrowlink paid the rest.", S),
        ("Fishing trawlers cut the old cable, which dated from 2007, twice in the past three years.", S),
        ("Each cut left the islands' 21,000 residents without broadband for as long as 11 days.", S),
        ("Along most of its route the new cable lies a metre and a half beneath the seabed.", S),
        ("It took a cable ship 19 days last summer to lay the cable.", S),
        ("The old cable will be kept as a backup, Farrowlink said.", S),
        ("Internet providers on the islands plan to offer faster plans from February.", S),
        ("Fishing groups were consulted about the cable's route, according to Farrowlink.", S),
        ("Engineering director Eskil Brathwick said any repairs would take days, not weeks.", S),
        ("The new cable is buried 150 centimetres under the seabed along most of its route.", S),
        ("Farrowlink paid 36 million pounds of the cable's cost.", S, (), AN),
        ("The government paid for more than 60% of the new cable.", S, (), AN),
        ("The old link could handle about half a terabit a second.", S, (), AN),
        ("The new subsea cable is 420 kilometres long.", FIG),
        ("The new cable cost 69 million pounds.", FIG),
        ("The government paid 36 million pounds towards the cable.", FIG),
        ("The old cable was laid in 1997.", FIG),
        ("The islands were left without broadband for up to 21 days each time the old cable was cut.", FIG),
        ("The cable carries 61 pairs of optical fibre.", FIG),
        ("The old cable will be removed from the seabed.", DIR),
        ("Fishing groups were not consulted on the cable's route.", DIR),
        ("The new cable has less capacity than the old one.", DIR),
        ("Repairs to the new cable would take weeks, Brathwick said.", DIR),
        ("A government cable ship laid the new cable in 19 days.", ACT),
        ("Fishing groups said trawlers had cut the old cable twice.", ACT),
        ("The old cable failed because of winter storms.", CAUSE),
        ("Broadband prices on the islands will fall from February.", CLAIM),
        ("Fast broadband is essential for keeping young people on remote islands.", GEN),
        ("The government paid about a third of the new cable's cost.", FIG, (), AN),
        ("Pennavault will use the new Orrisay cable to settle payments between the islands and the mainland.", MERGE,
         ("kjb05",)),
    ],
    "kjb05": [
        ("The financial regulator has granted Pennavault the first licence to issue a stablecoin, it said on "
         "Tuesday.", S),
        ("Pennavault's coin, PNVE, will be pegged to the euro.", S),
        ("Each PNVE coin must be backed by a euro held in cash or in short-term government bonds.", S),
        ("Pennavault will have to publish its reserves monthly, and an auditor will check them quarterly.", S),
        ("The start-up intends to begin issuing the coin in February.", S),
        ("Pennavault is aiming for 500 million euros' worth of PNVE in circulation by the end of next year.", S),
        ("Holders of the coin will not earn interest.", S),
        ("Pennavault, which has 85 staff, raised 42 million euros from investors in the spring.", S),
        ("Chief executive Iseult Varnham said businesses would be able to pay suppliers abroad in seconds instead of "
         "days.", S),
        ("The regulator has had 14 applications and has turned down three of them.", S),
        ("Last month a central bank official warned that stablecoins could pull deposits away from banks.", S),
        ("Holders can exchange PNVE for euros at any time free of charge.", S),
        ("Pennavault is the first firm to win a stablecoin licence from the regulator.", S),
        ("Of the 14 applications the regulator received, 11 have not been rejected.", S, (), AN),
        ("If Pennavault reaches its target, it will need 500 million euros of reserves in cash or short-term "
         "government bonds.", S, (), AN),
        ("The reserves will be published twelve times a year and audited four times a year.", S, (), AN),
        ("Pennavault aims to have 50 million euros' worth of coins in circulation by the end of next year.", FIG),
        ("Pennavault raised 24 million euros from investors in the spring.", FIG),
        ("The regulator has received 41 applications for stablecoin licences.", FIG),
        ("An auditor will check Pennavault's reserves every six months.", FIG),
        ("Pennavault employs 58 people.", FIG),
        ("Pennavault will start issuing the coin in April.", FIG),
        ("PNVE will be pegged to the US dollar.", FIG),
        ("The regulator has rejected all 14 applications it received.", FIG),
        ("PNVE holders will earn interest on their coins.", DIR),
        ("Holders will pay a fee to swap their coins for euros.", DIR),
        ("Pennavault has already started issuing its coin.", DIR),
        ("The central bank has licensed Pennavault to issue a stablecoin.", ACT),
        ("Iseult Varnham, a central bank official, warned that stablecoins could draw deposits away from banks.",
         ACT),
        ("The regulator granted the licence because Pennavault had raised 42 million euros from investors.", CAUSE),
        ("PNVE will be backed partly by shares in technology companies.", CLAIM),
        ("Stablecoins could one day replace bank transfers for most payments across borders.", GEN),
        ("The regulator has rejected more than half the applications it received.", FIG, (), AN),
        ("Patients will be able to pay Harvelle Pharma's capped insulin price with Pennavault's coin.", MERGE,
         ("kjb06",)),
    ],
    "kjb06": [
        ("From January, patients will pay no more than 30 dollars a month for Harvelle Pharma's insulin.", S),
        ("The drugmaker announced the cap on Monday.", S),
        ("Some patients without insurance currently pay as much as 280 dollars for a month of insulin.", S),
        ("The cap covers every Harvelle insulin pen and vial.", S),
        ("Patients can claim the capped price at pharmacies using a card from Harvelle.", S),
        ("Harvelle will also lower the list price of Glycerra, its most used insulin, by 65%.", S),
        ("About 1.9 million people use Harvelle's insulin.", S),
        ("Harvelle expects the changes to cost it around 400 million dollars in revenue a year.", S),
        ("Harvelle's shares dropped 3%.", S),
        ("Drossmere capped its insulin prices in March, and Harvelle is the second of the three big makers to do "
         "so.", S),
        ("Kelvane, the third big insulin maker, said it was reviewing its prices.", S),
        ("Type One Voices, a patients' group, welcomed the cap but said it followed years of price rises.", S),
        ("Chief executive Osberne Quillanby said no law had forced the decision.", S),
        ("Harvelle's decision to cap insulin prices was its own, Quillanby said.", S),
        ("For the patients who pay the most, the cap cuts the monthly cost by 250 dollars.", S, (), AN),
        ("Glycerra's list price will be about a third of what it is now.", S, (), AN),
        ("One of the three big insulin makers has not yet capped its prices.", S, (), AN),
        ("Harvelle will cap insulin at 35 dollars a month.", FIG),
        ("Some uninsured patients pay up to 820 dollars a month for insulin.", FIG),
        ("Harvelle will cut Glycerra's list price by 56%.", FIG),
        ("The changes will cut Harvelle's revenue by about 40 million dollars a year.", FIG),
        ("Harvelle sells insulin to about 9.1 million people.", FIG),
        ("Harvelle's insulin cap starts in March.", FIG),
        ("Harvelle's shares rose 3% after the announcement.", DIR),
        ("Harvelle will raise the list price of Glycerra.", DIR),
        ("The cap will apply only to Harvelle's insulin pens, not its vials.", DIR),
        ("Kelvane has capped its insulin prices.", DIR),
        ("Drossmere is the second insulin maker to cap its prices.", ACT),
        ("Kelvane will cap insulin at 30 dollars a month from January.", ACT),
        ("Harvelle capped its prices because a new law required it.", CAUSE),
        ("Type One Voices said the cap did not go far enough.", CLAIM),
        ("Patients will have to pay a fee for the Harvelle card.", CLAIM),
        ("Insulin should never have become so expensive in the first place.", GEN),
        ("The cap cuts the monthly cost by 310 dollars for the patients who pay the most.", FIG, (), AN),
        ("Harvelle cut its insulin prices in the same week that Molvendt shrank its Cressbar.", MERGE, ("kjb10",)),
    ],
    "kjb07": [
        ("The minimum carrier bag charge will go up from 10 cents to 25 cents in July.", S),
        ("Environment minister Ragnhild Ollendorf announced the change on Wednesday.", S),
        ("Every shop will have to charge for bags, including small shops with fewer than ten staff that are exempt "
         "now.", S),
        ("Bags for loose fruit, fish and raw meat will still be free.", S),
        ("Shops must pass the money from the charge, minus their costs, to good causes.", S),
        ("Shops have to report each year how much they raised.", S),
        ("Large shops hand out 93% fewer single-use bags than before the charge came in in 2016.", S),
        ("Large shops gave out around 110 million single-use bags last year.", S),
        ("The ministry expects the new rules to reduce the number of bags by another third.", S),
        ("Shops breaking the rules face fines of as much as 2,000 euros.", S),
        ("Small retailers said they needed time to change their tills and asked for the start to be delayed until "
         "January.", S),
        ("An environmental group wants the charge to apply to bags for life, which cost 75 cents, as well.", S),
        ("The government's extension of the bag charge to every shop takes effect in July.", S),
        ("The carrier bag charge, first brought in in 2016, will rise two and a half times in July.", S, (), AN),
        ("If the ministry is right, large shops would hand out about 73 million single-use bags a year.", S, (), AN),
        ("Before the charge, large shops handed out well over a billion single-use bags a year.", S, (), AN),
        ("The carrier bag charge will rise to 52 cents.", FIG),
        ("The carrier bag charge will rise from 15 to 25 cents.", FIG),
        ("Shops that break the bag rules could be fined up to 20,000 euros.", FIG),
        ("Single-use bags handed out by large shops have fallen by 39% since 2016.", FIG),
        ("The bag charge was introduced in 2006.", FIG),
        ("Bags for life sell for 57 cents.", FIG),
        ("Shops will be allowed to keep the money from the bag charge.", DIR),
        ("Small shops will remain exempt from the bag charge.", DIR),
        ("Bags for raw meat and fish will also cost 25 cents.", DIR),
        ("The number of single-use bags handed out has risen since 2016.", DIR),
        ("The start of the new bag charge has been put back to January.", DIR),
        ("The environmental group asked for the start to be put back to January.", ACT),
        ("Small retailers said the charge should also cover bags for life.", ACT),
        ("The charge is being raised because shops were keeping the money.", CAUSE),
        ("Online grocery deliveries will be charged 25 cents a bag too.", CLAIM),
        ("Bag charges have done more for the environment than any other retail policy.", GEN),
        ("If the ministry is right, large shops would hand out about 37 million single-use bags a year.", FIG, (), AN),
        ("Money from the carrier bag charge will help pay for Varrowmouth's street cleaning.", MERGE, ("kjb09",)),
    ],
    "kjb08": [
        ("Parliament on Thursday passed a law that caps the resale price of tickets at 10% above face value.", S),
        ("The cap covers tickets for concerts, plays and sports events.", S),
        ("Resale websites must show each ticket's original price and seat number and the name of the seller.", S),
        ("Websites that break the rules could be fined as much as 4% of their annual turnover.", S),
        ("The resale law comes into force in October.", S),
        ("Culture minister Hallvard Drenning said some fans had paid up to ten times the face value for concerts last "
         "summer.", S),
        ("Booking fees will be allowed, up to a maximum of 5 euros a ticket.", S),
        ("Tixora, the biggest resale site in the country, said it would follow the law.", S),
        ("Tixora warned that sales would shift to sites based abroad.", S),
        ("According to a fans' group's survey, 28% of those who bought resold tickets last year paid more than twice "
         "the original price.", S),
        ("MPs approved the law by 112 votes to 37.", S),
        ("Concert promoters welcomed the law.", S),
        ("Football tickets have been covered by a similar cap since 2019.", S),
        ("Parliament's approval of the law on Thursday means a resold ticket can cost at most 10% more than its "
         "face value.", S),
        ("Under the law, a ticket with a face value of 50 euros could be resold for no more than 55 euros, plus a "
         "booking fee of up to 5 euros.", S, (), AN),
        ("The resale law passed with a majority of 75 votes.", S, (), AN),
        ("Fewer than three in ten buyers of resold tickets last year paid more than double the original price, the "
         "survey found.", S, (), AN),
        ("Tickets may no longer be resold for more than 20% above face value.", FIG),
        ("Resale sites face fines of up to 14% of their turnover.", FIG),
        ("Booking fees on resold tickets may not exceed 15 euros a ticket.", FIG),
        ("The resale law was passed by 121 votes to 37.", FIG),
        ("The ticket resale law takes effect in January.", FIG),
        ("A similar cap on football tickets has been in force since 2009.", FIG),
        ("Parliament rejected the ticket resale cap.", DIR),
        ("Tixora said it would not comply with the resale law.", DIR),
        ("Concert promoters opposed the resale law.", DIR),
        ("Sellers will no longer be allowed to add booking fees.", DIR),
        ("The resale cap applies only to concert tickets.", DIR),
        ("Tixora said fans had paid up to ten times the face value for some concerts.", ACT),
        ("The culture minister warned that sales would move to sites abroad.", ACT),
        ("The law was passed after Tixora's website crashed during a concert sale.", CAUSE),
        ("Tixora will close its website when the law takes effect.", CLAIM),
        ("Price caps on resale rarely stop touts for long.", GEN),
        ("The resale law passed with a majority of 149 votes.", FIG, (), AN),
        ("The ticket resale cap will also apply to the Lammerholt fireworks shows.", MERGE, ("kjo06",)),
    ],
    "kjb09": [
        ("Visitors to Varrowmouth will pay 3 euros a night for hotels, guest houses and holiday flats from 1 April.",
         S),
        ("The city council approved the visitor levy on Tuesday by 31 votes to 18.", S),
        ("The levy is charged for a maximum of seven nights a stay.", S),
        ("Children under 16 are exempt from the levy.", S),
        ("Campsite stays will carry a levy of 1 euro a night.", S),
        ("The council expects to raise about 14 million euros a year from the levy.", S),
        ("The money will go on street cleaning, public toilets and a new tram stop near the harbour.", S),
        ("Varrowmouth recorded 4.6 million overnight stays last year, more than ever before.", S),
        ("There are about 5,200 holiday flats in the city, twice as many as in 2018.", S),
        ("Mayor Hedvika Brask said the levy would be reviewed after two years.", S),
        ("The local hotel association, which opposed the levy, said guests would go to nearby towns instead.", S),
        ("The hotel association plans to take the council to court over the levy.", S),
        ("Holiday flat owners must register their flats with the city by March.", S),
        ("The council's decision on Tuesday brings in a charge of 3 euros a night for visitors.", S),
        ("An adult staying ten nights in a Varrowmouth hotel would pay 21 euros in levy.", S, (), AN),
        ("There were about 2,600 holiday flats in the city in 2018.", S, (), AN),
        ("The levy was backed by a majority of 13 votes.", S, (), AN),
        ("Visitors to Varrowmouth will pay 5 euros a night.", FIG),
        ("The levy will apply for up to ten nights a stay.", FIG),
        ("The council expects the levy to raise about 41 million euros a year.", FIG),
        ("Varrowmouth had 6.4 million overnight stays last year.", FIG),
        ("Children under 12 will not pay the levy.", FIG),
        ("The council voted 31 to 28 for the levy.", FIG),
        ("Campsites will be exempt from the levy.", DIR),
        ("The hotel association supported the levy.", DIR),
        ("The number of holiday flats in Varrowmouth has halved since 2018.", DIR),
        ("The hotel association has already challenged the levy in court.", DIR),
        ("The hotel association said the levy would be reviewed after two years.", ACT),
        ("Mayor Hedvika Brask said guests would choose nearby towns.", ACT),
        ("The council introduced the levy because hotels had asked for more street cleaning.", CAUSE),
        ("The levy will also be charged on day visitors arriving by cruise ship.", CLAIM),
        ("Tourist taxes rarely keep visitors away from popular cities.", GEN),
        ("An adult staying ten nights in a hotel would pay 30 euros in levy.", FIG, (), AN),
        ("Varrowmouth will spend its levy money on a subsea cable to the Orrisay islands.", MERGE, ("kjb04",)),
    ],
    "kjb10": [
        ("Molvendt's Cressbar has shrunk from 200 grams to 180 grams but still costs 2.49 euros, the consumer "
         "authority said.", S),
        ("The consumer authority reported the change on Monday.", S),
        ("The authority found that 27 products made by 11 companies had got smaller in the past year without getting "
         "cheaper.", S),
        ("A box of Molvendt pralines went down from 250 to 220 grams.", S),
        ("Saltrow cut a bag of its crisps from 150 to 125 grams.", S),
        ("Starting in June, shops must display a shelf notice for three months whenever a product shrinks without a "
         "price cut.", S),
        ("Molvendt blamed cocoa prices, which it said had tripled in two years.", S),
        ("The chocolate maker said that without the change it would have had to raise the price.", S),
        ("Products that became smaller but also cheaper will not be named, the authority said.", S),
        ("Cressbar now costs 13.83 euros a kilogram, up from 12.45 euros.", S),
        ("A consumer group said shoppers had been misled and called for companies to be fined.", S),
        ("Molvendt's sales dropped 4% last year.", S),
        ("The Cressbar is Molvendt's best-selling bar.", S),
        ("The Cressbar is 10% lighter than before.", S, (), AN),
        ("Molvendt's box of pralines lost 30 grams.", S, (), AN),
        ("Saltrow's bag of crisps shrank by a sixth.", S, (), AN),
        ("Cressbar's price per kilogram has risen by about 11%.", S, (), AN),
        ("Molvendt cut the Cressbar from 200 to 160 grams.", FIG),
        ("The Cressbar's price stayed at 2.94 euros.", FIG),
        ("The authority found 72 products that had shrunk without a lower price.", FIG),
        ("Cocoa prices have doubled in two years, Molvendt said.", FIG),
        ("A kilogram of Cressbar now costs 12.45 euros.", FIG),
        ("Molvendt's sales rose 4% last year.", DIR),
        ("Molvendt cut the Cressbar's price when it made the bar smaller.", DIR),
        ("The authority named the products that had become smaller but cheaper.", DIR),
        ("Shops already have to put a notice on the shelf when a product shrinks.", DIR),
        ("Saltrow's box of pralines shrank from 250 to 220 grams.", ACT),
        ("The consumer authority said the price of cocoa had tripled.", ACT),
        ("Molvendt shrank the Cressbar because its sales fell 4% last year.", CAUSE),
        ("Molvendt has been fined by the consumer authority.", CLAIM),
        ("Shrinkflation is a hidden price rise that hurts poorer shoppers most.", GEN),
        ("The Cressbar is 20% lighter than before.", FIG, (), AN),
        ("Molvendt's pralines will be sold at a lower price in Caffendra's coffee shops.", MERGE, ("kjb01",)),
    ],
    "kjo01": [
        ("Wendal Asholt, a retired postman, took the heavy onion class at Saturday's Brayleigh vegetable show.", S),
        ("His winning onion weighed 7.3 kilograms.", S),
        ("No heavier onion has ever been shown at the event.", S),
        ("The previous record, 6.9 kilograms, dated from 2014.", S),
        ("Asholt, who is 71, grew the onion in a greenhouse from his own saved seed and fed it with seaweed.", S),
        ("He said he had sown it on Christmas Day.", S),
        ("The show has 48 classes, and 212 growers entered this year.", S),
        ("A couple from the neighbouring village won the heavy marrow class with a 41-kilogram marrow.", S),
        ("The judges' own scales could weigh only up to 5 kilograms, so they borrowed a set from the post office.",
         S),
        ("Each class winner gets 5 pounds and a rosette.", S),
        ("Most of the vegetables were auctioned after the show, raising 2,150 pounds for the village school.", S),
        ("Asholt kept his onion and said he would save its seed for next year.", S),
        ("The classes range from the longest runner bean to the best plate of five potatoes.", S),
        ("Asholt's onion beat the old record by 400 grams.", S, (), AN),
        ("The winning onion was heavier than anything the judges' own scales could weigh.", S, (), AN),
        ("The prize money for all 48 class winners comes to 240 pounds.", S, (), AN),
        ("Asholt's onion weighed 3.7 kilograms.", FIG),
        ("The old onion record of 6.9 kilograms was set in 2004.", FIG),
        ("The Brayleigh show has 84 classes.", FIG),
        ("The winning marrow weighed 14 kilograms.", FIG),
        ("The auction raised 1,250 pounds for the village school.", FIG),
        ("Asholt is 77 years old.", FIG),
        ("Asholt sold his onion at the auction.", DIR),
        ("Asholt's onion fell short of the show's record.", DIR),
        ("Asholt grew the onion outdoors in his garden.", DIR),
        ("Asholt grew the onion from seed he had bought.", DIR),
        ("The couple from the next village won the heavy onion class.", ACT),
        ("Asholt borrowed scales from the post office to weigh his onion.", ACT),
        ("Asholt's onion grew so large because of the warm summer.", CAUSE),
        ("Asholt's onion will be entered in the national onion championship.", CLAIM),
        ("Village shows like this are dying out as fewer young people grow vegetables.", GEN),
        ("Asholt's onion beat the old record by 4 kilograms.", FIG, (), AN),
        ("The pies at the Wedgebury championship were baked with vegetables bought at the Brayleigh auction.", MERGE,
         ("kjo02",)),
    ],
    "kjo02": [
        ("Jorund Plumbrook, a scaffolder, won Wedgebury's pie-eating championship on Tuesday.", S),
        ("He ate a meat and potato pie in 41 seconds.", S),
        ("Contestants each eat one pie, 12 centimetres across, and the quickest wins.", S),
        ("Drinks are not allowed until the pie has been eaten.", S),
        ("Plumbrook, 27, beat 22 rivals, including last year's champion, who finished in 49 seconds.", S),
        ("The record of 22.5 seconds has stood since 2005.", S),
        ("The contest has taken place in the same pub since 1992.", S),
        ("A butcher's shop across the road bakes the pies.", S),
        ("Student Suvanna Hartsgrove won the new vegetarian class, eating a cheese and onion pie in 58 seconds.", S),
        ("The champion gets 250 pounds and a pie-shaped trophy.", S),
        ("Around 300 people packed into the pub and the street outside.", S),
        ("There was a first-aider at the contest, but nobody needed help, landlord Amyas Ferrowby said.", S),
        ("There were 23 contestants in the main championship.", S, (), AN),
        ("Plumbrook finished 8 seconds faster than last year's winner.", S, (), AN),
        ("Plumbrook's time was 18.5 seconds slower than the record.", S, (), AN),
        ("Plumbrook ate the pie in 14 seconds.", FIG),
        ("The pie-eating record, 25.5 seconds, was set in 2005.", FIG),
        ("Plumbrook beat 32 other contestants.", FIG),
        ("The pies are 21 centimetres across.", FIG),
        ("The pie-eating champion receives 520 pounds.", FIG),
        ("The championship has been held in the same pub since 1982.", FIG),
        ("The vegetarian class was first held in 2005.", FIG),
        ("Plumbrook broke the championship record.", DIR),
        ("Contestants may drink water while they eat.", DIR),
        ("Several contestants needed help from the first-aider.", DIR),
        ("Last year's winner won the pie-eating championship again.", ACT),
        ("Suvanna Hartsgrove won the main championship.", ACT),
        ("The pies are baked by the pub's landlord.", ACT),
        ("Plumbrook won because he had skipped breakfast.", CAUSE),
        ("The championship will be shown on national television.", CLAIM),
        ("Eating contests are a risky way to raise money for charity.", GEN),
        ("Plumbrook finished 18 seconds faster than last year's winner.", FIG, (), AN),
        ("The Wedgebury pie-eating championship was held in the hall of the Brayleigh vegetable show.", MERGE,
         ("kjo01",)),
    ],
    "kjo03": [
        ("Tamburlaine, a Maine Coon belonging to schoolteacher Lisette Crowmarsh, was best in show at Sunday's "
         "Skelderwick cat show.", S),
        ("The cat is seven years old and weighs 9.1 kilograms.", S),
        ("Tamburlaine is 1.05 metres long from nose to tail.", S),
        ("The show drew 386 cats from 19 breeds.", S),
        ("There was also a separate class for 54 household pets without a pedigree.", S),
        ("Judges assess each cat's coat, eyes, build and temper.", S),
        ("A cat that scratches a judge loses marks but is not disqualified.", S),
        ("Crowmarsh said Tamburlaine has three meals a day and is brushed each evening.", S),
        ("A one-eyed tabby rescued from a farm won the household pet class.", S),
        ("A breeders' club with 140 members runs the show, which began in 1978.", S),
        ("All cats must be vaccinated, and a vet checks each one when it arrives.", S),
        ("Entry was 18 pounds a cat, and what is left after costs goes to a cat rescue centre.", S),
        ("Tamburlaine measures 105 centimetres from nose to tail.", S),
        ("Counting the household pets, 440 cats were entered.", S, (), AN),
        ("Entry fees for the pedigree cats came to 6,948 pounds.", S, (), AN),
        ("Tamburlaine weighs 19 kilograms.", FIG),
        ("Tamburlaine is nine years old.", FIG),
        ("The show had 368 cats from 19 breeds.", FIG),
        ("The breeders' club has 410 members.", FIG),
        ("The Skelderwick cat show was first held in 1987.", FIG),
        ("Entry cost 81 pounds a cat.", FIG),
        ("A cat that scratches a judge is disqualified.", DIR),
        ("Cats do not need to be vaccinated to enter the show.", DIR),
        ("The entry fees are kept by the breeders' club.", DIR),
        ("Lisette Crowmarsh's tabby won the household pet class.", ACT),
        ("A cat rescue centre runs the Skelderwick show.", ACT),
        ("Tamburlaine won because of its unusually long tail.", CAUSE),
        ("Tamburlaine will now compete at the national championship.", CLAIM),
        ("Cat shows put too much weight on looks and too little on health.", GEN),
        ("Counting the household pets, 486 cats were entered.", FIG, (), AN),
        ("Tamburlaine's owner also won the Glenmorrach gold medal for solo piping.", MERGE, ("kjo04",)),
    ],
    "kjo04": [
        ("Lachlann Innescraig, a music student, took the gold medal for solo bagpipe playing at the Glenmorrach "
         "gathering on Saturday.", S),
        ("The 19-year-old played a piobaireachd that lasted 14 minutes.", S),
        ("A piobaireachd is a slow, formal piece from the classical music of the Highland bagpipe.", S),
        ("No younger piper has won the medal since 1987.", S),
        ("Twenty-four pipers competed, each judged on tone, tuning and expression by three former winners.", S),
        ("Each piper submitted four tunes beforehand, and the judges chose on the day which one they would play.", S),
        ("Innescraig practised for as long as three hours a day on a practice chanter.", S),
        ("He used the practice chanter, which is quieter, so as not to upset his neighbours.", S),
        ("His pipes, which date from 1912, belonged to his great-grandfather.", S),
        ("One piper had to stop two minutes in when a drone reed failed.", S),
        ("The gold medal has been awarded since 1903.", S),
        ("Innescraig also wins 800 pounds and an invitation to play at the opening of next year's gathering.", S),
        ("Innescraig's pipes were made nine years after the gold medal was first awarded.", S, (), AN),
        ("The winning piobaireachd lasted 840 seconds.", S, (), AN),
        ("Innescraig played a piobaireachd lasting 41 minutes.", FIG),
        ("The 16-year-old Innescraig won the gold medal.", FIG),
        ("Innescraig is the youngest winner of the medal since 1978.", FIG),
        ("Forty-two pipers played at the gathering.", FIG),
        ("The gold medal was first awarded in 1930.", FIG),
        ("The piping winner receives 8,000 pounds.", FIG),
        ("Innescraig's pipes were made in 2012.", FIG),
        ("Pipers could choose which tune to play on the day.", DIR),
        ("Innescraig practised on the full bagpipes, not a practice chanter.", DIR),
        ("The piper whose drone reed failed finished the piece.", DIR),
        ("Innescraig is the youngest winner in the medal's history.", DIR),
        ("The judges were three music students.", ACT),
        ("Innescraig won because another piper's reed failed.", CAUSE),
        ("Innescraig's great-grandfather won the gold medal in 1912.", CLAIM),
        ("Innescraig has been offered a place in a professional pipe band.", CLAIM),
        ("Piping competitions keep a fading tradition alive.", GEN),
        ("Innescraig's pipes were made 19 years after the gold medal was first awarded.", FIG, (), AN),
        ("Innescraig's piobaireachd was played during Starquell's winning fireworks display.", MERGE, ("kjo06",)),
    ],
    "kjo05": [
        ("The hedge maze at Wyvernsholt Hall, planted nine years ago, opened to the public on Saturday.", S),
        ("The maze is made up of 3,400 yew trees and covers 0.6 hectares.", S),
        ("The maze's paths add up to 2.7 kilometres.", S),
        ("The maze was designed by Wenhaver Penwarrick, a retired maths teacher.", S),
        ("There is only one correct route to the centre, where a wooden tower gives visitors a view over the hedges.",
         S),
        ("The yew hedges have grown to 2.2 metres.", S),
        ("Three gardeners trim the hedges twice a year, and each cut takes about two weeks.", S),
        ("Owners Lancelyn and Agnes Strellingford said they had been planning the maze since they married in 2009.",
         S),
        ("Most adults take about 25 minutes to reach the centre, the owners said.", S),
        ("The quickest anyone has reached the centre so far is 6 minutes.", S),
        ("Staff in the tower use a flag to guide visitors who get lost.", S),
        ("Adults pay 7 pounds to enter the maze and children 4 pounds.", S),
        ("The maze closes in January and February.", S),
        ("Penwarrick based the design on the pattern of a Roman floor mosaic found nearby.", S),
        ("The maze covers 6,000 square metres.", S),
        ("A family of two adults and two children pays 22 pounds to enter.", S, (), AN),
        ("The hedges are cut for about four weeks a year in all.", S, (), AN),
        ("The maze is made of 4,300 yew trees.", FIG),
        ("The maze covers 6 hectares.", FIG),
        ("The maze's paths total 7.2 kilometres.", FIG),
        ("The maze's hedges are 1.2 metres tall.", FIG),
        ("The maze was planted 19 years ago.", FIG),
        ("Entry to the maze costs 7 pounds for children.", FIG),
        ("Most adults reach the centre of the maze in about 6 minutes.", FIG),
        ("The maze has several routes to the centre.", DIR),
        ("The maze will stay open all year.", DIR),
        ("The Strellingfords designed the maze themselves.", ACT),
        ("Penwarrick cuts the hedges twice a year.", ACT),
        ("The maze was built to pay for repairs to the hall's roof.", CAUSE),
        ("The Wyvernsholt maze is the largest in the country.", CLAIM),
        ("Mazes are a clever way for country houses to draw families.", GEN),
        ("A family of two adults and two children pays 28 pounds to enter.", FIG, (), AN),
        ("The Strellingfords' maze will host the Cleddingham scone competition next year.", MERGE, ("kjo07",)),
    ],
    "kjo06": [
        ("Starquell Pyrotechnics has won the Lammerholt fireworks competition with a 12-minute display set to film "
         "music.", S),
        ("Four firms put on one display each, on four Fridays.", S),
        ("The winner was picked half by a five-member jury and half by a public vote.", S),
        ("Starquell fired about 3,100 shells from two barges on the river.", S),
        ("Starquell, which is based in a former quarry, has 14 staff.", S),
        ("Some 38,000 people watched the last display from the river banks, according to the organisers.", S),
        ("The town council paid for the displays with 160,000 pounds from sponsors.", S),
        ("Last year's winner had to stop its display after two minutes when the wind changed and blew smoke over the "
         "crowd.", S),
        ("That display was fired again the following night.", S),
        ("Dog owners had complained about the noise, and this year quieter shells were used for the first half of "
         "each show for the first time, the organisers said.", S),
        ("Starquell wins a glass trophy and the contract for Lammerholt's New Year display.", S),
        ("The sponsors' money came to 40,000 pounds a display.", S, (), AN),
        ("Starquell's display fired about 260 shells a minute.", S, (), AN),
        ("Starquell's display lasted 21 minutes.", FIG),
        ("Starquell's display used about 1,300 shells.", FIG),
        ("About 83,000 people watched the final display.", FIG),
        ("The fireworks shows were paid for with 610,000 pounds from sponsors.", FIG),
        ("Starquell employs 41 people.", FIG),
        ("The fireworks jury had seven members.", FIG),
        ("The winner was chosen by the jury alone.", DIR),
        ("Louder shells were used for the first half of each show this year.", DIR),
        ("Last year's winner's display was not fired again.", DIR),
        ("The displays were paid for by the town council from its own budget.", DIR),
        ("Last year's winner won the fireworks competition again this year.", ACT),
        ("Dog owners chose the winner in a public vote.", ACT),
        ("Starquell's display was cut short by smoke.", ACT),
        ("Starquell won because its display was fired from barges.", CAUSE),
        ("Starquell will also put on the fireworks at next year's Lammerholt carnival.", CLAIM),
        ("Fireworks competitions will have to become quieter to survive.", GEN),
        ("The sponsors' money came to 60,000 pounds a display.", FIG, (), AN),
        ("Starquell's fireworks were fired from barges borrowed from Farrowlink's cable ship.", MERGE, ("kjb04",)),
    ],
    "kjo07": [
        ("Ysmay Tresawle, a retired midwife, won Saturday's Cleddingham scone competition with plain buttermilk "
         "scones.", S),
        ("Entrants bake six scones at home and take them to the village hall.", S),
        ("Two judges cut the scones open and taste them with nothing but butter.", S),
        ("Tresawle, 68, said the trick was to handle the dough as little as possible.", S),
        ("She said scones should be baked at a high heat for 11 minutes.", S),
        ("There were 57 entries in three classes: plain, fruit and cheese.", S),
        ("Taliesk Harnwood, a 12-year-old boy, won the fruit class with scones made with dried cherries.", S),
        ("Scones are judged on rise, texture, colour and taste.", S),
        ("A scone under 4 centimetres tall loses points.", S),
        ("The competition started in 1995 as part of the summer fair and has been held in the autumn since 2012.",
         S),
        ("Leftover scones were sold with tea at 1 pound each, raising 430 pounds for the church roof.", S),
        ("The judges said they had never seen a higher standard.", S),
        ("A scone shorter than 40 millimetres is marked down.", S),
        ("430 leftover scones were sold with tea.", S, (), AN),
        ("The scone competition was held in the summer for 17 years.", S, (), AN),
        ("The judges had 342 scones to taste.", S, (), AN),
        ("Each scone entrant bakes eight scones.", FIG),
        ("Tresawle bakes her scones for 21 minutes.", FIG),
        ("There were 75 entries in the scone competition.", FIG),
        ("The fruit class was won by a 15-year-old boy.", FIG),
        ("Scones less than 6 centimetres tall lose points.", FIG),
        ("The scone competition began in 1959.", FIG),
        ("Judges taste the scones with jam and cream.", DIR),
        ("The competition moved from the autumn to the summer in 2012.", DIR),
        ("Tresawle said the secret was to knead the dough for a long time.", DIR),
        ("Taliesk Harnwood won the plain class.", ACT),
        ("Tresawle judged the fruit class.", ACT),
        ("Tresawle's scones won because they were the tallest in the hall.", CAUSE),
        ("The money from the tea will go to the village school.", CLAIM),
        ("Home baking contests are enjoying a revival thanks to television.", GEN),
        ("The judges had 456 scones to taste.", FIG, (), AN),
        ("Tresawle's scones were served with tea at the opening of the Wyvernsholt Hall maze.", MERGE, ("kjo05",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("kjb01", "Food and drink: more from the high street."),
    ("kjb02", "Sign up for our health policy briefing."),
    ("kjb04", "Advertisement"),
    ("kjb06", "Share this story."),
    ("kjb08", "Related: more on live music."),
    ("kjb10", "Read more consumer news."),
    ("kjo01", "Photos: the prize vegetables."),
    ("kjo03", "Gallery: all the winners."),
    ("kjo05", "Map: how to find the hall."),
    ("kjo06", "Video: the winning display."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels in the venv /tmp/suppeval32-venv (last session's, checked to serve), one server on 127.0.0.1:8434
# (--n_ctx 8192 --n_threads 1), json_object, date 2026-12-29 (a Tuesday), --timeout 600,
# TOPLINE_LLM_BREAKER_FAILURES=20 (the environment; topline/ unchanged), machine at load 17-35. The collection was
# started as soon as the article bodies had passed the name and shingle checks (the bodies were not changed after it),
# four editions one after the other (A: kjb01-kjb05, kjo01, kjo02, 22:52-23:05 UTC; B: kjb06-kjb10, kjo03, kjo04,
# 23:05-23:10; C: kjb01, kjb02, kjo01, kjo02, kjo05-kjo07, 23:10-23:11; D: kjb02, kjb07, kjb09, kjb10, kjb01, kjb04,
# kjb06, 23:16-23:25). Every call was answered. C made no call: the edition put none of its seven articles on a
# category page, and D, made of the business articles not yet shown and two that were, showed only kjb04 and kjb06.
# eval33-smollm2_raw.jsonl holds the 41 records of A (20), B (8) and D (13), each edition's calls numbered from 1.
# Only kjb03, kjb04, kjb05, kjb06 and kjb08 were shown to the model. A sentence the model wrote again in a later call
# (the same string) is listed once, where it first appears; a later call's near-copy (a word or a few words changed
# or dropped) is left out, as the comments say.
SMOLLM2: list[tuple] = [
    # edition A (kjb01-kjb05, kjo01, kjo02), call 1 (story, kjb05)
    ("kjb05", "Pennavault, a payments start-up, has become the first company to be licensed to issue a euro "
              "stablecoin by the financial regulator of the European Union.",
     ACT),   # the country's regulator, not the EU's
    ("kjb05", "The coin is pegged to the euro and every coin must be backed by one euro held in cash or short-term "
              "government bonds.", S),
    ("kjb05", "The regulator has received 14 applications, rejected three, and rejected a further 30 applications.",
     CLAIM),
    ("kjb05", "The company plans to start issuing the coin in February and aims to have 500 million euros' worth by "
              "the end of next year.", S),
    ("kjb05", "The coins will be pegged to the euro, which means that every coin must be backed by one euro held in "
              "cash or short-term government bonds.", S),
    # call 2 (repair, kjb05)
    ("kjb05", "Pennavault, a payments start-up has become the first company to be licensed by the financial regulator "
              "to issue a stablecoin by the country's financial regulator.", S),
    ("kjb05", "The regulator has rejected three applications", S),
    # call 3 (story, kjb04)
    ("kjb04", "A new subsea internet cable linking the Orrisay islands to mainland is being switched on by Farrowlink "
              "today.", FIG),   # it was switched on on Thursday; the edition's day is a Tuesday
    ("kjb04", "...", CF),
    # call 4 (repair, kjb04)
    ("kjb04", "The old cable, laid in 2007, was cut twice by fishing trawlers in the past three years.", S),
    ("kjb04", "The people without broadband for up to 11 days each time.", S),
    # call 5 (signals, kjb04, kjb05)
    ("kjb05", "The regulator has received 14 applications and rejected three, per Fintech Ledger.", S),
    # call 6 (story, kjb03)
    ("kjb03", "Skellwave, the country's third-largest mobile operator, will charge its pay-monthly customers 2 euros "
              "a day to use their phones in countries outside the EU.", S),
    ("kjb03", "Skellwave said customers who joined before 1 January would keep free roaming until their contracts "
              "end.", S),
    # call 7 (repair, kjb03)
    ("kjb03", "Roaming in those countries has been free on its plans since 2017.", S),
    # call 8 (story, kjb04)
    ("kjb04", "A new subsea internet cable linking the Orrisay islands to the mainland was switched on on Thursday.",
     S),
    # call 9 (signals, kjb03, kjb04)
    ("kjb03", "Skellwave brings back roaming charges of 2 euros a day outside the EU", S),
    ("kjb04", "The old one is now being replaced with a new subsea internet cable that will be delivered to the "
              "Orrisay islands on Thursday.", DIR),   # the cable was switched on on Thursday: done, told as to come
    # call 10 (story, kjb05)
    ("kjb05", "Pennavault, a payments start-up, has become the first company to be licensed to issue a euro "
              "stablecoin by the country's financial regulator, the regulator said on Tuesday.", S),
    ("kjb05", "The coin will have 50 million euros' worth in circulation next year.", FIG),
    ("kjb05", "The company plans to publish its reserves every month and an auditor will check them every three "
              "months.", S),
    # call 11 (repair, kjb05)
    ("kjb05", "The regulator has received 14 applications and rejected three.", S),
    ("kjb05", "The company plans to start issuing the coin in February, aiming to have a total of 500 million euros' "
              "worth by the end of next year.", S),
    # call 12 (story, kjb03): its first sentence is call 6's again
    ("kjb03", "In fact, it is not only those who travel that are paying for roaming charges but also those who do not "
              "have access to mobile services.", GEN),
    # call 13 (signals, kjb03, kjb05): filler about "the report"; two near-copies ("The report will be published...",
    # "This report has been updated...") left out
    ("kjb03", "The data is a key part of the report.", CF),
    ("kjb03", "This report will be published on Monday, March 23rd.", CLAIM),
    ("kjb03", "The report has been updated to include new information that was not available before.", CF),
    ("kjb03", "This report includes new data and statistics about how the data is being used by the company.", CF),
    ("kjb03", "The report also provides more details about the company's plans for the future.", CF),
    ("kjb05", "This report is a key part of the report.", CF),
    # call 14 (signals, kjb03, kjb05): call 13's first four sentences again
    # call 15 (story, kjb04); its last sentence, a near-copy of its third, left out
    ("kjb04", "A new subsea internet cable linking the Orrisay islands to mainland is being switched on by "
              "Farrowlink, a company that operates 21,000 people in the islands.",
     FIG),   # 21,000 is the islands' people
    ("kjb04", "The old cable was cut twice by fishing trawlers in the past three years.", S),
    ("kjb04", "The new one will last up to 8 days with 4 terabits a second.", FIG),
    ("kjb04", "Farrowlink said that it would be kept as a backup, but it's not the only option for the islands.",
     CLAIM),
    # call 16 (story, kjb03): its first sentence is call 6's again
    ("kjb03", "The company has already implemented roaming within Europe and will continue to do so until 2024.",
     CLAIM),
    ("kjb03", "The pay-monthly customers can still use their phones outside the EU.", S),   # for 2 euros a day
    # call 17 (repair, kjb03)
    ("kjb03", "Chief executive Annick Dorrowby said roaming outside the EU costs the company 48 million euros a year, "
              "a cost it could no longer absorb.", S),
    ("kjb03", "A European Union official has confirmed that the company is planning to pay for this expense in "
              "future.", CLAIM),
    # call 18 (story, kjb05)
    ("kjb05", "Pennavault, a payments start-up, has become the first company to be licensed to issue a euro "
              "stablecoin by the regulator's financial authority, the European Financial Stability Organization "
              "(EFSO), on Tuesday.", ACT),   # the country's financial regulator; no such European body in the article
    # call 19 (story, kjb05): call 18's sentence again
    # call 20 (signals, kjb03, kjb04, kjb05): call 15's second sentence again, and "..."
    ("kjb03", "Skellwave, the country's third-largest mobile operator, will charge its pay-monthly customers 40 euros "
              "a day to use their phones in countries outside the EU.", FIG),
    # edition B (kjb06-kjb10, kjo03, kjo04), call 1 (story, kjb06)
    ("kjb06", "Harvelle Pharma will cap the price patients pay for insulin at 30 dollars a month from January, the "
              "drugmaker said on Monday.", S),
    ("kjb06", "The company has already cut the list of its most used insulin by 65% in recent months.", DIR),
    # a cut to come, told as done
    ("kjb06", "The new policy will allow unlimited supply to all patients with no restrictions.", CLAIM),
    ("kjb06", "Harvelle Pharma is going to cap the price of its most used insulin, Glycerra at 30 dollars a month.", S),
    # the cap covers all its insulin, Glycerra among it
    # call 2 (repair, kjb06)
    ("kjb06", "Some uninsured patients now pay up to 280 dollars for a month's supply.", S),
    # call 3 (story, kjb08)
    ("kjb08", "Tickets for concerts, plays and sports events may no longer be resold for more than 10% above face "
              "value under a law passed by parliament on Thursday.", S),
    ("kjb08", "...", CF),
    ("kjb08", "Culture minister Hallvard Drenning said fans had paid up to ten times the face value for some concerts "
              "last summer.", S),
    # calls 4-6 (repair, signals and story, kjb06, kjb08): call 3's sentences again
    # call 7 (story, kjb06); its third sentence, the first with "Harvelle Pharma" for "The new policy", left out
    ("kjb06", "The new policy will cap the price of insulin to 30 dollars a month from January, with Harvelle's own "
              "insulin pens and vials available at pharmacies.", S),
    ("kjb06", "The company also plans to cut the list price of Glycerra by 65%.", S),
    # call 8 (story, kjb06): call 7's sentences again, two of them with "vinals" for "vials"
    # edition C (kjb01, kjb02, kjo01, kjo02, kjo05-kjo07) made no call: the edition put none of them on a category page
    # edition D (kjb02, kjb07, kjb09, kjb10, kjb01, kjb04, kjb06), call 1 (story, kjb06)
    ("kjb06", "Harvelle Pharma will cap the price patients pay for its insulin at 30 dollars a month from January, "
              "the drugmaker said on Monday.", S),
    # call 2 (repair, kjb06): edition B's call 2 again
    # call 3 (story, kjb04); its third sentence, the first with "old" for "new", left out
    ("kjb04", "A new subsea internet cable linking the Orrisay islands to mainland is being switched on Thursday, "
              "with a 20-kilometre long fibre optic cable from the UK's Farrowlink Cable Service Company.",
     FIG),   # 240 km
    ("kjb04", "The old cable was cut twice by fishing trawlers in the past three years and will remain as a backup.",
     S),
    ("kjb04", "The new subsea internet cable is being switched on in the next three months.", FIG),
    ("kjb04", "The old subsea internet cable will be kept as a backup.", S),
    # call 4 (repair, kjb04)
    ("kjb04", "A new subsea internet cable linking the Orrisay islands to the mainland was switched on on Thursday, "
              "the network company Farrowlink said.", S),
    ("kjb04", "The islanders' residents have been without broadband for up to 11 days each time since 2014.", FIG),
    ("kjb04", "The islands' 21,000 people without internet are left with no option but to rely on a new subsea "
              "internet cable that was switched off last week.", DIR),
    # call 5 (signals, kjb04, kjb06): edition A's call 4 sentence again, and "..."
    # call 6 (story, kjb04)
    ("kjb04", "The old cable will be kept as a backup.", S),
    # call 7 (repair, kjb04): edition A's call 4 sentences again
    # call 8 (story, kjb06): its first sentence is call 1's again
    ("kjb06", "[1]: Harvelle Pharma will cap the price of its most used insulin, Glycerra, by 65%.", FIG),
    # 65% is the list price cut; the cap is 30 dollars a month
    ("kjb06", "The company sells insulin to about 1.9 million people, and it said the changes would reduce its "
              "revenue by around 400 million dollars a year.", S),
    ("kjb06", "Harvelle will also cut the list price of its most used insulin, Glycerra, by 65%.", S),
    # call 9 (signals, kjb04, kjb06): three sentences of earlier calls again; its last, a near-copy of its fourth, left
    # out
    ("kjb04", "The new subsea internet cable is set to be launched next year with a capacity of 25 million units.",
     FIG),
    ("kjb06", "The data shows that Harvelle Pharma has been able to deliver more than double its projected revenue in "
              "the past three years, according to the company's latest report.", CLAIM),
    # call 10 (story, kjb06)
    ("kjb06", "The new price of insulin will be 2.5% lower than the current rate, with Harvelle Pharma's most used "
              "insulin being cut by 65%, and it is expected to reduce its revenue by around 40 million dollars a "
              "year.", FIG),
    ("kjb06", "Harvelle will cap the price of its most used insulin at $2.5", FIG),
    ("kjb06", "The new price is expected to reduce Harvelle's revenue by around 40 million dollars a year.", FIG),
    ("kjb06", "Harvelle will also cut the list of its most used insulin by 65% in January, and it plans to do so "
              "again next month.", CLAIM),
    # call 11 (repair, kjb06): sentences of calls 8 and 1 again
    # call 12 (story, kjb04); its fourth sentence (a near-copy of its first), fifth (edition A's call 15's second) and
    # sixth (call 3's fourth without "cable") left out
    ("kjb04", "A new subsea internet cable linking the Orrisay islands to mainland is being switched on Thursday, "
              "with a 20-kilometre fibre optic cable from the island of Isla del Cielo.", FIG),
    ("kjb04", "The old cable was cut twice by fishing trawlers in the past three years and will be kept as a backup.",
     S),
    ("kjb04", "The old subsea internet is being switched on, with a 20-kilometre fibre optic cable from Isla del "
              "Cielo.", ACT),   # the new cable was switched on, not the old
]

BODIES = [
    ("kjb01", "https://www.cafetrade.example/caffendra-disposable-cup-charge", "Cafe Trade News",
     "Caffendra to charge 25 pence for disposable cups from March",
     "Caffendra, a chain of 640 coffee shops, will charge customers 25 pence for every drink served in a disposable "
     "cup from 1 March, the company said on Wednesday. Customers who bring their own cup will still get 10 pence off, "
     "a discount the chain has offered since 2018. Only about 4% of its drinks are now sold in reusable cups, chief "
     "executive Marisel Quenderby said, and the chain uses around 90 million disposable cups a year. The money raised "
     "by the charge will go to a recycling charity, Cupcircle, and will not be kept by the company. Caffendra expects "
     "the charge to halve the number of disposable cups it uses within two years. A trial in 40 shops last year cut "
     "disposable cup use by 35%. Drinks bought by staff and drinks sold in hospitals will not be charged. The "
     "government is considering a national levy on disposable cups but has not set a date. A rival chain, Beanhollow, "
     "said it had no plans to follow. Caffendra's sales rose 7% to 510 million pounds last year."),
    ("kjb02", "https://www.healthpolicywire.example/norravia-disposable-vape-ban-june", "Health Policy Wire",
     "Norravia to ban the sale of disposable vapes from June",
     "Norravia will ban the sale of disposable vapes from 1 June, health minister Teodvar Hallaway said on Monday. "
     "Shops caught selling them will face fines of up to 5,000 euros for a first offence and may lose their licence to "
     "sell tobacco after a second. Reusable vapes, which can be refilled and recharged, will still be allowed, but "
     "their flavours will be limited to tobacco, mint and menthol. About 8 million disposable vapes are sold in the "
     "country each year, and the ministry said most of them end up in household waste, where their batteries cause "
     "fires in bin lorries. A survey found that one in five pupils aged 15 had used a vape in the past month, up from "
     "one in twelve in 2020. Sellers will have until the end of May to clear their stocks, and unsold devices must be "
     "sent back to suppliers. The vaping industry's trade association said the ban would push buyers to the black "
     "market. Doctors' groups welcomed the ban but said reusable vapes should also be taxed."),
    ("kjb03", "https://www.mobilemarkets.example/skellwave-roaming-charge-april", "Mobile Markets",
     "Skellwave brings back roaming charges of 2 euros a day outside the EU",
     "Skellwave, the country's third-largest mobile operator, will charge its pay-monthly customers 2 euros a day to "
     "use their phones in countries outside the European Union, among them Switzerland, Turkey and Serbia, from 1 "
     "April, the company said on Friday. Roaming in those countries has been free on its plans since 2017. Customers "
     "on its two most expensive plans will not pay the charge, and the fee will be capped at 20 euros a trip. The "
     "2 euros will cover unlimited calls and texts and up to 5 gigabytes of data a day. Chief executive Annick "
     "Dorrowby said roaming outside the EU costs the company 48 million euros a year, a cost it could no longer "
     "absorb. About 1.3 million of its 4.1 million customers travelled outside the EU last year. The two larger "
     "operators, Plenora and Halvix, have said they will keep roaming free. A consumer group, Callwatch, said "
     "customers should be allowed to leave their contracts without a penalty. Skellwave said customers who joined "
     "before 1 January would keep free roaming until their contracts end."),
    ("kjb04", "https://www.islandsgazette.example/orrisay-subsea-cable-switched-on", "Islands Gazette",
     "New subsea cable brings faster broadband to the Orrisay islands",
     "A new subsea internet cable linking the Orrisay islands to the mainland was switched on on Thursday, the network "
     "company Farrowlink said. The 240-kilometre cable carries 16 pairs of optical fibre and can handle up to 40 "
     "terabits a second, about 80 times the capacity of the single link it replaces. It cost 96 million pounds, of "
     "which the government paid 60 million and Farrowlink the rest. The old cable, laid in 2007, was cut twice by "
     "fishing trawlers in the past three years, leaving the islands' 21,000 people without broadband for up to 11 "
     "days each time. The new cable was buried a metre and a half under the seabed along most of its route to protect "
     "it. A cable ship took 19 days to lay it last summer. Farrowlink said the old cable would be kept as a backup. "
     "Internet providers on the islands said they would offer faster plans from February. Fishing groups were "
     "consulted on the route, the company said. Its engineering director, Eskil Brathwick, said repairs, if they "
     "were ever needed, would take days rather than weeks."),
    ("kjb05", "https://www.fintechledger.example/pennavault-stablecoin-licence", "Fintech Ledger",
     "Pennavault becomes the first company licensed to issue a euro stablecoin",
     "Pennavault, a payments start-up, has become the first company to be licensed to issue a stablecoin by the "
     "country's financial regulator, the regulator said on Tuesday. The coin, called PNVE, will be pegged to the euro, "
     "and every coin must be backed by one euro held in cash or short-term government bonds. Pennavault must publish "
     "the size of its reserves every month, and an auditor will check them every three months. The company plans to "
     "start issuing the coin in February and aims to have 500 million euros' worth in circulation by the end of next "
     "year. It will not pay interest to holders. Pennavault raised 42 million euros from investors in the spring and "
     "employs 85 people. Chief executive Iseult Varnham said the coin would let businesses pay suppliers abroad in "
     "seconds rather than days. The regulator has received 14 applications and rejected three. A central bank "
     "official warned last month that stablecoins could draw deposits away from banks. Holders will be able to swap "
     "their coins for euros at any time without a fee."),
    ("kjb06", "https://www.pharmadispatch.example/harvelle-insulin-price-cap", "Pharma Dispatch",
     "Harvelle Pharma caps what patients pay for insulin at 30 dollars a month",
     "Harvelle Pharma will cap the price patients pay for its insulin at 30 dollars a month from January, the "
     "drugmaker said on Monday. Some uninsured patients now pay up to 280 dollars for a month's supply. The cap will "
     "apply to all of Harvelle's insulin pens and vials, and patients will be able to claim it at pharmacies with a "
     "card issued by the company. Harvelle will also cut the list price of its most used insulin, Glycerra, by 65%. "
     "The company sells insulin to about 1.9 million people, and it said the changes would reduce its revenue by "
     "around 400 million dollars a year. Its shares fell 3%. Harvelle is the second of the three big insulin makers "
     "to cap prices: Drossmere did so in March, while the third, Kelvane, said it was reviewing its prices. A "
     "patients' group, Type One Voices, said the cap was welcome but came after years of rising prices. Harvelle's "
     "chief executive, Osberne Quillanby, said the company had made the decision on its own and not because of any "
     "law."),
    ("kjb07", "https://www.greenretail.example/carrier-bag-charge-25-cents", "Green Retail Report",
     "Carrier bag charge to rise to 25 cents and cover every shop",
     "The government will raise the minimum charge for a carrier bag from 10 to 25 cents in July and extend it to "
     "every shop, environment minister Ragnhild Ollendorf said on Wednesday. Small shops with fewer than ten staff, "
     "which are now exempt, will have to charge too. Bags for raw meat, fish and loose fruit will remain free. Shops "
     "must give the money raised, less their costs, to good causes and report the sums every year. Since the charge "
     "was introduced in 2016, the number of single-use bags handed out by large shops has fallen by 93%, to about "
     "110 million last year. The ministry expects the new rules to cut that number by a further third. Shops that "
     "break the rules could be fined up to 2,000 euros. A group representing small retailers said its members would "
     "need time to change their tills and asked for the start to be put back to January. An environmental group said "
     "the charge should also cover heavier bags for life, which sell for 75 cents."),
    ("kjb08", "https://www.stagewire.example/ticket-resale-cap-law-passed", "Stage Wire",
     "Parliament caps ticket resale at 10% above face value",
     "Tickets for concerts, plays and sports events may no longer be resold for more than 10% above their face value "
     "under a law passed by parliament on Thursday. Resale websites will have to show the original price, the seat "
     "number and the seller's name, and will face fines of up to 4% of their yearly turnover if they break the rules. "
     "The law takes effect in October. Culture minister Hallvard Drenning said fans had paid up to ten times the face "
     "value for some concerts last summer. Sellers will be allowed to add booking fees, but these may not exceed 5 "
     "euros a ticket. The country's largest resale site, Tixora, said it would comply but warned that sales would "
     "move to sites based abroad. A survey by a fans' group found that 28% of people who bought resold tickets last "
     "year had paid more than double the original price. The law was passed by 112 votes to 37. Concert promoters "
     "welcomed it. A similar cap on football tickets has been in force since 2019."),
    ("kjb09", "https://www.varrowmouthherald.example/visitor-levy-three-euros", "Varrowmouth Herald",
     "Varrowmouth to charge visitors 3 euros a night from April",
     "The city of Varrowmouth will charge visitors 3 euros a night for staying in hotels, guest houses and holiday "
     "flats from 1 April, the city council decided on Tuesday. The levy will apply for up to seven nights a stay, "
     "and children under 16 will not pay. Campsites will charge 1 euro a night. The council expects the levy to raise "
     "about 14 million euros a year, which it will spend on street cleaning, public toilets and a new tram stop by the "
     "harbour. The city had 4.6 million overnight stays last year, a record, and the number of holiday flats has "
     "doubled since 2018 to about 5,200. The mayor, Hedvika Brask, said the levy would be reviewed after two years. "
     "The local hotel association opposed it, saying guests would choose towns nearby, and said it would take the "
     "council to court. The council voted 31 to 18 for the levy. Owners of holiday flats will also have to "
     "register them with the city by March."),
    ("kjb10", "https://www.shopperwatch.example/molvendt-cressbar-shrinks", "Shopper Watch",
     "Molvendt's Cressbar shrinks to 180 grams at the same price, consumer authority finds",
     "Molvendt, the chocolate maker, has cut the weight of its best-selling Cressbar from 200 to 180 grams while "
     "keeping its shop price at 2.49 euros, the consumer authority said on Monday. The authority found 27 products "
     "from 11 companies that had become smaller over the past year without a lower price. Among them, a box of "
     "Molvendt's pralines shrank from 250 to 220 grams, and a bag of crisps made by Saltrow from 150 to 125 grams. "
     "From June, shops will have to put a notice on the shelf for three months when a product shrinks without a price "
     "cut. Molvendt said the price of cocoa had tripled in two years and that the change was needed to avoid a price "
     "rise. The authority said it would not name products that had become smaller but also cheaper. A kilogram of "
     "Cressbar now costs 13.83 euros, against 12.45 euros before. A consumer group said shoppers had been misled and "
     "called for fines. Molvendt's sales fell 4% last year."),
    ("kjo01", "https://www.brayleighbugle.example/record-onion-vegetable-show", "Brayleigh Bugle",
     "Retired postman's 7.3-kilogram onion sets Brayleigh show record",
     "A retired postman, Wendal Asholt, won the heavy onion class at the Brayleigh vegetable show on Saturday with "
     "an onion weighing 7.3 kilograms. It was the heaviest onion ever shown at the event, beating the record of 6.9 "
     "kilograms set in 2014. Asholt, 71, said he grew it in a greenhouse from seed he had saved himself and fed it "
     "with seaweed. He sowed it on Christmas Day, he said. The show has 48 classes, from the longest runner bean to "
     "the best plate of five potatoes, and 212 growers entered this year. The heavy marrow class was won by a couple "
     "from the next village with a marrow of 41 kilograms. The judges had to borrow scales from the post office "
     "because their own weighed only up to 5 kilograms. Prizes are small: the winner of each class receives 5 pounds "
     "and a rosette. After the show most of the vegetables were sold at auction, raising 2,150 pounds for the village "
     "school. Asholt's onion was not sold; he said he would keep its seed for next year."),
    ("kjo02", "https://www.wedgeburyjournal.example/scaffolder-wins-pie-eating", "Wedgebury Journal",
     "Scaffolder eats a pie in 41 seconds to win the Wedgebury pie-eating title",
     "A scaffolder, Jorund Plumbrook, won the pie-eating championship in Wedgebury on Tuesday by eating a meat and "
     "potato pie in 41 seconds. Each contestant eats a single pie, 12 centimetres across, and the fastest wins; no "
     "drinks are allowed until the pie is finished. Plumbrook, 27, beat 22 other contestants, among them last year's "
     "winner, who took 49 seconds. The record, 22.5 seconds, was set in 2005. The championship has been held in the "
     "same pub since 1992, and the pies are baked by a butcher's shop across the road. A vegetarian class was added "
     "this year, with a cheese and onion pie, and was won by a student, Suvanna Hartsgrove, in 58 seconds. The winner "
     "receives a trophy shaped like a pie and 250 pounds. About 300 people crowded into the pub and the street "
     "outside. A first-aider was on hand, but no one needed help, the landlord, Amyas Ferrowby, said."),
    ("kjo03", "https://www.skelderwicktimes.example/maine-coon-best-in-show", "Skelderwick Times",
     "Teacher's Maine Coon named best in show at Skelderwick cat show",
     "A Maine Coon named Tamburlaine, owned by a schoolteacher, Lisette Crowmarsh, was named best in show at the "
     "Skelderwick cat show on Sunday. The seven-year-old cat weighs 9.1 kilograms and measures 1.05 metres from nose "
     "to tail. In all, 386 cats from 19 breeds were entered, along with 54 household pets in a separate class for cats "
     "with no pedigree. Judges look at each cat's coat, eyes, build and temper, and a cat that scratches a judge is "
     "marked down but not disqualified. Crowmarsh said Tamburlaine eats three meals a day and is brushed every "
     "evening. The household pet class was won by a one-eyed tabby rescued from a farm. The show, run by a breeders' "
     "club with 140 members, was first held in 1978. Every cat must be vaccinated and is checked by a vet on arrival. "
     "Entry cost 18 pounds a cat, and the money left after costs goes to a cat rescue centre."),
    ("kjo04", "https://www.highlandnotes.example/glenmorrach-piping-gold-medal", "Highland Notes",
     "Music student, 19, wins Glenmorrach gold medal for solo piping",
     "A music student, Lachlann Innescraig, won the gold medal for solo bagpipe playing at the Glenmorrach gathering "
     "on Saturday. Innescraig, 19, played a piobaireachd, a slow and formal piece of the Highland bagpipe's classical "
     "music, lasting 14 minutes. He is the youngest winner of the medal since 1987. Twenty-four pipers played, and "
     "each was judged by three former winners on tone, tuning and expression. The pipers had to submit four tunes in "
     "advance, and the judges picked which one each would play on the day. Innescraig said he had practised for up "
     "to three hours a day on a practice chanter, a quieter instrument, to avoid upsetting his neighbours. His pipes "
     "were made in 1912 and belonged to his great-grandfather. One piper stopped after two minutes when a drone reed "
     "failed. The gold medal was first awarded in 1903. The winner also receives 800 pounds and will be invited to "
     "play at the gathering's opening next year."),
    ("kjo05", "https://www.countrysidecircular.example/wyvernsholt-hall-hedge-maze-opens", "Countryside Circular",
     "Yew hedge maze planted nine years ago opens at Wyvernsholt Hall",
     "A hedge maze planted nine years ago at Wyvernsholt Hall opened to visitors on Saturday. The maze is made of "
     "3,400 yew trees and covers 0.6 hectares, with paths totalling 2.7 kilometres. Its design, by a retired maths "
     "teacher, Wenhaver Penwarrick, has a single correct route to the centre, where a wooden tower lets visitors see "
     "over the hedges. The hedges are now 2.2 metres tall and are cut twice a year by three gardeners, which takes "
     "about a fortnight each time. The owners, Lancelyn and Agnes Strellingford, said they had planned the maze since "
     "their wedding in 2009. Most adults reach the centre in about 25 minutes, they said, but the fastest time so far "
     "is 6 minutes. Staff in the tower can guide lost visitors with a flag. Entry costs 7 pounds for adults and 4 "
     "pounds for children. The maze will be closed in January and February. Penwarrick said the design was based on "
     "the pattern of a Roman floor mosaic found nearby."),
    ("kjo06", "https://www.lammerholtlantern.example/starquell-wins-fireworks-competition", "Lammerholt Lantern",
     "Starquell Pyrotechnics wins Lammerholt fireworks competition",
     "Starquell Pyrotechnics won the Lammerholt fireworks competition on Friday night with a 12-minute display set to "
     "film music. Four firms each put on a display over four Fridays, and the winner was chosen by a jury of five and "
     "by a public vote, each counting for half. Starquell's display used about 3,100 shells and was fired from two "
     "barges on the river. The firm, based in a former quarry, employs 14 people. About 38,000 people watched the "
     "final display from the banks, the organisers said, and the town council paid for the shows with 160,000 pounds "
     "from sponsors. A display by last year's winner had to be cut short after two minutes when a change in the wind "
     "blew smoke over the crowd; it was fired again the next night. Dog owners had complained about the noise, and "
     "the organisers said that this year, for the first time, quieter shells were used for the first half of each "
     "show. The winner receives a glass trophy and the contract for the town's New Year display."),
    ("kjo07", "https://www.cleddinghamcourier.example/retired-midwife-wins-scone-competition", "Cleddingham Courier",
     "Retired midwife's buttermilk scones win Cleddingham competition",
     "A retired midwife, Ysmay Tresawle, won the Cleddingham scone competition on Saturday with a batch of plain "
     "scones made with buttermilk. Each entrant bakes six scones at home and brings them to the village hall, where "
     "two judges cut them open and taste them with butter only, with no jam or cream. Tresawle, 68, said the secret "
     "was to handle the dough as little as possible and to bake the scones at a high heat for 11 minutes. There were "
     "57 entries across three classes: plain, fruit and cheese. The fruit class was won by a 12-year-old boy, Taliesk "
     "Harnwood, who used dried cherries. Scones are marked on rise, texture, colour and taste, and any scone less "
     "than 4 centimetres tall loses points. The competition began in 1995 as part of the village's summer fair and "
     "moved to the autumn in 2012. Leftover scones were sold with tea for 1 pound each, raising 430 pounds for the "
     "church roof. The judges said the standard was the highest they had seen."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="kj", split="evaluation33",
                                      raw_name="eval33-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval33", arts, rows, problems, (("business, policy and tech articles", "kjb"), ("others", "kjo")))


if __name__ == "__main__":
    main()
