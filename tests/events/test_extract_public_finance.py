"""A state's acts in public finance and monetary policy (issue 12, events23), on sentences of tests/data/eval-macro
and eval-health (calibration), each rule with sentences that must not change:

1. a sovereign rating action: the agency (the capitalised name right before a rating verb whose object is a country
   or a country's rating) as the body, the rated country as the jurisdiction, action "other"; a rating told as to
   come, an analyst's expectation or a company's rating is none;
2. a parliament approving a budget makes a law; a government approving its budget, or lawmakers approving
   purchases, stays "other";
3. a central bank's decision on its base rate or on a rate named by its own name (the Selic) is read; a preview of
   the decision is none;
4. a currency devalued by its central bank is a rule.
"""

from topline.events.extract import extract
from topline.records import Story, StoryBundle

from tests.events.sentence_helpers import article, one_event, sentence_fields

DAY = "2026-12-16"

# eval-macro (s04, s35): Fitch's watch and downgrade of Romania, S&P's upgrade of Italy
FITCH_WATCH = (
    "Fitch Ratings placed Romania's BBB- sovereign rating, its lowest investment grade, on Rating Watch Negative, "
    "saying the government's fiscal consolidation had fallen short and the budget deficit was likely to stay above 7% "
    "of GDP in 2027."
)
FITCH_CUT = (
    "Fitch Ratings downgraded Romania to BB+ from BBB- on Wednesday, stripping the European Union member of its "
    "investment-grade rating, saying a late package of tax rises would not be enough to bring the deficit under control."
)
SP_ITALY = (
    "The gap between Italian and German 10-year borrowing costs narrowed to its tightest since 2010 on Monday, after "
    "S&P Global raised Italy's credit rating to BBB+ from BBB late on Friday."
)


def test_a_sovereign_rating_action_is_the_agency_s():
    watch = one_event(FITCH_WATCH, "state_action", DAY)
    assert watch["body"] == ["Fitch Ratings"] and watch["jurisdiction"] == ["Romania"]
    assert watch["action"] == ["other"] and watch["target"] == ["BBB- sovereign rating"]
    cut = one_event(FITCH_CUT, "state_action", DAY)
    assert cut["body"] == ["Fitch Ratings"] and cut["jurisdiction"] == ["Romania"] and cut["action"] == ["other"]
    italy = one_event(SP_ITALY, "state_action", DAY)
    assert italy["body"] == ["S&P Global"] and italy["jurisdiction"] == ["Italy"]


def test_a_rating_to_come_or_a_company_s_rating_is_no_state_action():
    for s in (
        "Moody's is expected to cut Romania's rating to junk when it reviews the country next month.",
        "Analysts expect Fitch to downgrade Romania to BB+ as soon as Friday.",
        "Moody's downgraded Corvanta Health to Baa3 from Baa2 on Tuesday, citing rising medical costs.",
    ):
        assert sentence_fields(s, "state_action", DAY) == [], s


# eval-macro (s12) and eval-health (s07): a lower house approving a budget
BUNDESTAG = (
    "Germany's lower house of parliament approved the 2027 federal budget on Wednesday, including net new borrowing "
    "of 98.5 billion euros in the core budget and record investment in defence and infrastructure."
)


def test_a_parliament_approving_a_budget_makes_a_law():
    got = one_event(BUNDESTAG, "state_action", DAY)
    assert got["action"] == ["law"] and got["jurisdiction"] == ["Germany"]
    # a government approving its own budget, lawmakers approving purchases (eval-def's budget committee): unchanged
    gov = one_event(
        "Poland's government approved an amended 2027 budget on Tuesday that raises defence spending.",
        "state_action",
        DAY,
    )
    assert gov["action"] == ["other"]
    buy = one_event(
        "German lawmakers on Wednesday approved military purchases worth 20.6 billion euros, including 180 armoured "
        "vehicles.",
        "state_action",
        DAY,
    )
    assert buy["action"] == ["other"]


# eval-macro (s07, s08, s29): the Copom's cut, the MNB's hike, Bolivia's devaluation
SELIC = (
    "Brazil's central bank lowered the Selic, its benchmark rate, by 50 basis points to 13.50% on Wednesday, a larger "
    "move than most economists had forecast, citing a faster-than-expected decline in inflation and a firmer currency."
)
MNB = (
    "Hungary's central bank unexpectedly raised its base rate by 75 basis points to 7.25% on Tuesday, its first hike "
    "since 2022, to halt a slide in the forint that had taken it to record lows against the euro."
)
BOLIVIA = (
    "Bolivia's central bank devalued the boliviano on Tuesday, setting a new official exchange rate of 9.80 per dollar "
    "from 6.96, ending a fixed peg that had held since 2011 as dollar shortages crippled imports of fuel and food."
)


def test_a_central_bank_s_rate_decision_and_devaluation():
    selic = one_event(SELIC, "state_action", DAY)
    assert selic["jurisdiction"] == ["Brazil"] and selic["body"] == ["central bank"] and selic["target"] == ["Selic"]
    mnb = one_event(MNB, "state_action", DAY)
    assert mnb["jurisdiction"] == ["Hungary"] and mnb["body"] == ["central bank"]
    assert one_event(BOLIVIA, "state_action", DAY)["action"] == ["rule"]
    # a preview, an economist's expectation and a company's price cut: none
    for s in (
        "Brazil's central bank is expected to cut the Selic by 25 basis points on Wednesday, economists polled said.",
        "Economists said they expect the central bank to lower its base rate by 25 basis points in the first quarter.",
        "Carrefour cut prices on 500 products by 10% on Monday, the retailer said.",
    ):
        assert sentence_fields(s, "state_action", DAY) == [], s


def test_every_field_is_grounded():
    for text in (FITCH_WATCH + " " + FITCH_CUT, SP_ITALY, BUNDESTAG, SELIC + " " + MNB, BOLIVIA):
        a = article(text)
        story = Story(
            id="s1", title="t", article_ids=(), first_seen=a.published, last_seen=a.published, outlets=("Wire",)
        )
        for e in extract(StoryBundle(story=story, articles=(a,))):
            for f in e.fields:
                assert f.sentence in a.body and (not f.text or f.text in f.sentence), f


def test_the_owner_of_a_body_told_in_common_words_is_its_jurisdiction():
    # eval-macro (s29): no place list knows Bolivia; the owner before "central bank" says whose it is
    assert one_event(BOLIVIA, "state_action", DAY)["jurisdiction"] == ["Bolivia"]
    # a company's unit named with a state's word is no jurisdiction
    got = sentence_fields(
        "Microsoft's government cloud unit was fined 2 million euros by the data protection authority on Tuesday.",
        "state_action",
        DAY,
    )
    assert all("Microsoft" not in d.get("jurisdiction", []) for d in got), got
