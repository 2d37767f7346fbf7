"""Incidents and state actions the calibration corpora missed (issue 12, events24), on sentences of the calibration
corpora (tests/data/eval-energy, eval-tmt, eval-ai3, eval-def, eval-ind, eval-mob, eval-macro), each rule with
sentences that must not change:

1. an incident that struck a place, with no organisation named, keeps its kind and scale ("A blackout struck central
   Chile ..., leaving about 1.5 million customers without electricity"); a compound's last word ("a cease-fire in
   Ukraine") is none;
2. the people, customers or organisations an incident reached, in its sentence or a later one of its article ("9.4
   million people were affected", "at least 11 US hospitals were hit", "had hit at least 40 organizations"); a
   company "hit" by weak demand, tonnes of anything, and a count in an article with no incident are none;
3. the people taking part in a strike the article told, counted in a later sentence ("About 3,100 workers represented
   by the International Association of Machinists are covered by the contract");
4. an incident its teller leaves open ("has not said whether it was hit by ransomware") is none;
5. a royalty a state has raised or cut is a rule, as a tax is; a preview ("could raise", "would raise", "could
   fine") is none, and a quota cut with a duty stays a tariff, a bill introducing a royalty a law;
6. an act others expect or argue for ("they expect the central bank to cut", "the case for the Bank of England to
   cut") is none."""

from topline.events.extract import extract
from topline.records import Story, StoryBundle

from tests.events.sentence_helpers import article, one_event, sentence_fields

# eval-energy (s06)
BLACKOUT = (
    "SANTIAGO, March 10 (Reuters) - A blackout struck central Chile late on Monday, leaving about 1.5 million "
    "customers without electricity in Santiago and the Valparaíso region, the national grid coordinator said."
)
# eval-ai3 (s34): the lead names no count
GLASSWORM = (
    "A new ransomware strain called GlassWorm runs a small open-weight language model on infected machines to "
    "generate its encryption and data-theft scripts at run time, making it harder for security tools to detect, "
    "researchers at Redgate Labs said on Tuesday."
)
# eval-def (s06)
STRIKE_LEAD = (
    "Machinists at Cardew Aerostructures' Tulsa plant voted overwhelmingly on Tuesday evening to reject the company's "
    "contract offer and go on strike, the union said."
)
STRIKERS = (
    "About 3,100 workers represented by the International Association of Machinists are covered by the contract, the "
    "company said."
)


def _events(text: str, kind: str) -> list[dict]:
    a = article(text)
    story = Story(id="s1", title="t", article_ids=(), first_seen=a.published, last_seen=a.published, outlets=("Wire",))
    out = []
    for e in extract(StoryBundle(story=story, articles=(a,))):
        if e.type == kind:
            d: dict = {}
            for f in e.fields:
                d.setdefault(f.name, []).append(f.value)
            out.append(d)
    return out


def test_an_incident_that_struck_a_place_keeps_its_kind_and_scale():
    got = one_event(BLACKOUT, "incident")
    assert got == {"kind": ["blackout"], "scale": ["1.5 million customers"]}, got
    got = one_event(
        "SANTIAGO, March 11 (Reuters) - Monday's blackout in central Chile affected 1.8 million customers, more than "
        "initially reported, Chile's energy ministry said on Wednesday.",
        "incident",
    )
    assert "organisation" not in got and got["scale"] == ["1.8 million customers"]
    # must not change: a compound's last word is no incident (eval-def s22)
    assert not sentence_fields(
        "European defense stocks fell the most in three months after reports that US and Russian envoys would meet to "
        "discuss a cease-fire in Ukraine.",
        "incident",
    )


def test_what_an_incident_reached_is_its_scale():
    # eval-tmt (s07): the revised count, in its own sentence
    got = one_event(
        "U.S. carrier Mercer Wireless said on Thursday that 9.4 million people were affected by a data breach it "
        "disclosed this week, up from its earlier estimate of 6.1 million.",
        "incident",
    )
    assert got["scale"] == ["9.4 million people"]
    # eval-ai3 (s34): the hospitals it hit, in its sentence; the organisations, in a later one
    got = one_event(
        "The Cybersecurity and Infrastructure Security Agency on Wednesday issued an advisory on GlassWorm, a "
        "ransomware family that uses an embedded AI model to write its malicious scripts, after at least 11 US "
        "hospitals were hit.",
        "incident",
    )
    assert got["scale"] == ["11 US hospitals"]
    got = _events(
        GLASSWORM + " Redgate said GlassWorm had hit at least 40 organizations in the US and Europe since "
        "October, including hospitals, a regional airport and several law firms.",
        "incident",
    )
    assert len(got) == 1 and got[0]["scale"] == ["40 organizations"], got
    # eval-prop (s13): the part of a count it reached ("140 of its 210 jobs are affected"), not the whole
    got = _events(
        "Swiss cement maker Calcora will idle the clinker kiln at its Saint-Vigor plant in Normandy from January, "
        "blaming a slump in French housing starts, the company told staff representatives on Tuesday. The plant will "
        "keep grinding imported clinker, but 140 of its 210 jobs are affected.",
        "incident",
    )
    assert len(got) == 1 and got[0]["scale"] == ["140 of 210 jobs"], got
    # must not change: a company hit by weak demand, tonnes of goods, a count with no incident in the article
    assert not sentence_fields("Shares of Norvale fell after the company was hit by weak demand in China.", "incident")
    got = _events(
        GLASSWORM + " Weak demand hit 40 stores. The storm affected 1.2 million tonnes of grain exports.", "incident"
    )
    assert len(got) == 1 and "scale" not in got[0], got
    got = _events(
        "Corvane reported record profits. About 9.4 million people were affected by the price rise.", "incident"
    )
    assert got == [], got


def test_the_strikers_counted_later_are_the_strikes_scale():
    got = _events(STRIKE_LEAD + " " + STRIKERS, "incident")
    assert len(got) == 1 and got[0]["organisation"] == ["Cardew Aerostructures"] and got[0]["scale"] == ["About 3,100"]
    # must not change: the same count in an article that told no strike
    assert _events("Cardew Aerostructures reported higher sales. " + STRIKERS, "incident") == []


def test_an_incident_left_open_is_none():
    # eval-mob (s09)
    assert not sentence_fields(
        "Trelby has not said whether it was hit by ransomware or whether customer data was taken.", "incident"
    )
    # must not change: told as a fact
    assert one_event("Trelby said it was hit by ransomware on Monday.", "incident")["organisation"] == ["Trelby"]


def test_a_royalty_raised_by_a_state_is_a_rule():
    # eval-ind (s04)
    got = one_event(
        "The Energy and Mineral Resources Ministry has raised royalties on nickel ore to a sliding scale of 14 to 19 "
        "percent of the sale price, up from a flat 10 percent, in a regulation signed on Friday and published on "
        "Monday.",
        "state_action",
    )
    assert got["action"] == ["rule"] and "Ministry" in got["body"][0]
    # must not change: a quota cut with a duty is a tariff (eval-ind s05); a bill passed "introducing" a royalty is a
    # law (eval-ind s28)
    got = one_event(
        "European Union countries on Tuesday approved a plan to cut tariff-free steel import quotas by nearly half and "
        "impose a 50% duty on volumes above them, the European Commission said.",
        "state_action",
    )
    assert got["action"] == ["tariff"]
    got = one_event(
        "Parliament has passed the Minerals and Mining (Amendment) Bill, introducing a sliding-scale royalty on gold of "
        "between 5 and 9 percent that will take effect on January 1, 2027.",
        "state_action",
    )
    assert got["action"] == ["law"]
    # must not change: previews and a company's royalties
    for s in (
        "Indonesia could raise royalties on nickel ore next year, the ministry said.",
        "The European Commission could fine Acme up to 10% of its global turnover if it finds a breach.",
        "Glencore raised royalties paid to landowners by 5%.",
        # eval-ind (s28): a vote to come on a bill that would raise them
        "Ghana's parliament is set to vote on Wednesday on a bill that would raise royalties on gold to as much as 9% "
        "when prices are high, as Africa's biggest producer of the metal seeks a larger share of the windfall.",
    ):
        assert not sentence_fields(s, "state_action"), s


def test_an_act_others_expect_is_none():
    # eval-macro (s11, s09): economists' expectations
    for s in (
        "Economists said they expect the central bank to cut reserve requirements in the first quarter.",
        "UK inflation is expected to have fallen sharply in November, economists say, strengthening the case for the "
        "Bank of England to cut interest rates when its monetary policy committee meets on Thursday.",
    ):
        assert not sentence_fields(s, "state_action"), s
    # must not change: a decision of the day, with "expect" or "unexpectedly" in the sentence (eval-macro)
    got = one_event(
        "The Federal Reserve cut its benchmark overnight rate by 25 basis points to the 3.25%-3.50% range on Wednesday, "
        "but three policymakers dissented and new projections showed officials expect only one more cut next year.",
        "state_action",
    )
    assert got["body"] == ["Federal Reserve"]
    got = one_event(
        "Hungary's central bank unexpectedly raised its base rate by 75 basis points to 7.25% on Tuesday, its first hike "
        "since 2022, to halt a slide in the forint that had taken it to record lows against the euro.",
        "state_action",
    )
    assert got["jurisdiction"] == ["Hungary"]


def test_every_field_is_grounded():
    for text in (
        BLACKOUT,
        GLASSWORM + " Redgate said GlassWorm had hit at least 40 organizations.",
        STRIKE_LEAD + " " + STRIKERS,
    ):
        a = article(text)
        story = Story(
            id="s1", title="t", article_ids=(), first_seen=a.published, last_seen=a.published, outlets=("Wire",)
        )
        for e in extract(StoryBundle(story=story, articles=(a,))):
            for f in e.fields:
                assert f.sentence in a.body and (not f.text or f.text in f.sentence), f
