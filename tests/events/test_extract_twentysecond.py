"""State actions and incidents a fresh corpus missed (issue 12, events22), on sentences of the calibration corpora
(tests/data/eval-ind, eval-prop, eval-energy, eval-retail, eval-mob), each rule with sentences that must not change:

1. a union's strike befalls the employer: the name after "workers at", or "at the company's" for the article's main
   actor, else no organisation; never the union ("Korean Metal Workers faces a strike");
2. a company shutting, idling or mothballing its own site, or cutting its output there, is an incident of the company
   (kind "smelter closure", "kiln idled", "production curtailment", "refinery placed on care and maintenance"; scale
   the share or the jobs); a site restarted or kept running is none;
3. money a government gives, told by the verb of giving and the sum ("is providing £2.1bn", "has supported the
   project with 1.1 billion crowns", "has set a record £2.7bn budget"), is a subsidy; a company's sum set aside is
   no state action."""

from topline.events.extract import extract
from topline.records import Story, StoryBundle

from tests.events.sentence_helpers import article, one_event, sentence_fields

# eval-ind (s21): the union's walkout, told after the article named the employer
HANUL = (
    "Unionized workers at Hanul Steel Co., South Korea's third-largest steelmaker, staged a 24-hour strike on Monday "
    "after wage negotiations broke down, the union said."
)
WALKOUT = (
    "The walkout at the company's integrated steelworks in Suncheon, South Jeolla Province, involved about 2,000 "
    "members of a branch of the Korean Metal Workers' Union."
)


def _incidents(text: str) -> list[dict]:
    a = article(text)
    story = Story(id="s1", title="t", article_ids=(), first_seen=a.published, last_seen=a.published, outlets=("Wire",))
    out = []
    for e in extract(StoryBundle(story=story, articles=(a,))):
        if e.type == "incident":
            d: dict = {}
            for f in e.fields:
                d.setdefault(f.name, []).append(f.value)
            out.append(d)
    return out


def test_a_unions_strike_befalls_its_employer():
    got = _incidents(HANUL + " " + WALKOUT)
    orgs = {o for d in got for o in d.get("organisation", [])}
    assert orgs and all(o.startswith("Hanul Steel") for o in orgs), got
    # the sentence alone names no employer: the strike keeps its kind and scale and no organisation
    alone = one_event(WALKOUT, "incident")
    assert "organisation" not in alone and alone["kind"] == ["strike"] and alone["scale"] == ["2,000"]
    # must not change: a union calling out workers at a named employer (eval-retail)
    got = one_event(
        "The services union Verdi has called on workers at six Versandio fulfilment centres to strike from "
        "Wednesday until the end of Black Friday, escalating a two-year dispute over a collective wage "
        "agreement.",
        "incident",
    )
    assert got["organisation"] == ["Versandio"]


def test_a_company_shutting_or_curtailing_its_own_site_is_an_incident():
    got = one_event(
        "Harzburg Aluminium will shut its primary aluminium smelter in Elsterau, Saxony-Anhalt, by the end "
        "of March, the company said on Monday, blaming electricity prices that it said made the plant "
        "unprofitable at any realistic metal price.",
        "incident",
    )
    assert got["organisation"] == ["Harzburg Aluminium"] and got["kind"] == ["smelter closure"]
    got = one_event(
        "Swiss cement maker Calcora will idle the clinker kiln at its Saint-Vigor plant in Normandy from "
        "January, blaming a slump in French housing starts, the company told staff representatives on "
        "Tuesday.",
        "incident",
    )
    assert got["organisation"] == ["Calcora"] and got["kind"] == ["kiln idled"]
    got = one_event(
        "Fjellgard Agro is cutting ammonia output at its Sluiskil-area and Antwerp-area units by around 30%, "
        "the producer confirmed on Monday, removing an estimated 45,000-50,000 tonnes/month of European "
        "supply.",
        "incident",
    )
    assert got == {"organisation": ["Fjellgard Agro"], "kind": ["production curtailment"], "scale": ["around 30%"]}
    got = one_event(
        "Westralia Nickel will put its Yilgarn nickel refinery and two feeder mines near Kambalda on care and "
        "maintenance from March, with about 1,100 jobs to be cut, despite this week's rally in nickel "
        "prices.",
        "incident",
    )
    assert got["kind"] == ["refinery placed on care and maintenance"] and got["scale"] == ["about 1,100 jobs"]
    # must not change: a site restarted, or kept running
    assert (
        sentence_fields(
            "Kalgara Lithium will restart its Mt Dalgety spodumene mine near Southern Cross, 15 months "
            "after placing it on care and maintenance, betting that the recovery in lithium prices will "
            "hold.",
            "incident",
        )
        == []
    )
    assert (
        sentence_fields(
            "Harzburg Aluminium will keep one of the three potlines at its Elsterau smelter running "
            "beyond March while it negotiates with the German government over electricity price "
            "support, the company said on Wednesday.",
            "incident",
        )
        == []
    )


def test_money_a_government_gives_is_a_subsidy():
    got = one_event("The government is providing £2.1bn for early infrastructure.", "state_action")
    assert got["body"] == ["government"] and got["action"] == ["subsidy"]
    got = one_event("Sweden's energy agency has supported the project with 1.1 billion crowns.", "state_action")
    assert got["jurisdiction"] == ["Sweden"] and got["action"] == ["subsidy"]
    got = one_event(
        "The UK government has set a record £2.7bn budget for its next auction of contracts for renewable "
        "energy projects, the energy department said on Wednesday.",
        "state_action",
    )
    assert got["body"] == ["UK government"] and got["action"] == ["subsidy"]
    # must not change: a company's sum set aside (eval-prop, eval-mob)
    assert (
        sentence_fields(
            "Tokiwa has set aside 300 billion yen for acquisitions through fiscal 2029 under its midterm plan.",
            "state_action",
        )
        == []
    )
    assert (
        sentence_fields(
            "The company had set aside €350m for the case, meaning it must book a further charge of "
            "about €136m in the third quarter.",
            "state_action",
        )
        == []
    )


def test_every_field_is_grounded():
    for text in (HANUL + " " + WALKOUT,):
        a = article(text)
        story = Story(
            id="s1", title="t", article_ids=(), first_seen=a.published, last_seen=a.published, outlets=("Wire",)
        )
        for e in extract(StoryBundle(story=story, articles=(a,))):
            for f in e.fields:
                assert f.sentence in a.body and (not f.text or f.text in f.sentence), f


def _bodies(text: str) -> list[tuple[str, str]]:
    """(body, the sentence it is cited from) of each state action of an article of ``text``."""
    a = article(text)
    story = Story(id="s1", title="t", article_ids=(), first_seen=a.published, last_seen=a.published, outlets=("Wire",))
    return [
        (str(f.value), f.sentence)
        for e in extract(StoryBundle(story=story, articles=(a,)))
        if e.type == "state_action"
        for f in e.fields
        if f.name == "body"
    ]


EU_FINE = (
    "BRUSSELS, Sept 9 (Reuters) - EU antitrust regulators fined Kessler Trucks, Vandrell and Ostra Nutzfahrzeuge a total "
    "of 1.1 billion euros on Wednesday for colluding for six years to slow the introduction of cleaner diesel exhaust "
    "systems."
)


def test_a_body_told_in_common_words_is_named_by_its_article():
    # eval-mob (s05): the article names the body in a later sentence, and by its short form after that
    text = (
        EU_FINE + " Kessler received the largest fine, 486 million euros, followed by Vandrell with 402 million euros, "
        'the European Commission said. "Truckmakers competed on price while agreeing not to compete on cleaner '
        'engines," the Commission said in its decision.'
    )
    ((body, cited),) = _bodies(text)
    assert body == "European Commission" and body in cited and cited in text
    # eval-retail (s29): the name in apposition
    got = one_event(
        "The Chinese online marketplace Zhenmall has been fined 40 million euros by France's fraud-control agency, the "
        "DGCCRF, for misleading shoppers with fictitious reductions and false stock warnings.",
        "state_action",
    )
    assert got["body"] == ["fraud-control agency"]  # one sentence alone: the apposition is read with its article
    (body, _), *_ = _bodies(
        "The Chinese online marketplace Zhenmall has been fined 40 million euros by France's fraud-control agency, the "
        "DGCCRF, for misleading shoppers with fictitious reductions and false stock warnings."
    )
    assert body == "DGCCRF"
    # must not change: an article naming two regulators keeps the common words (eval-ind s09's two outlets' sentences)
    two = (
        "EU antitrust regulators opened a full-scale investigation on Monday into German chemicals group Valtessa "
        "Chemie's $11.2 billion acquisition of U.S.-based Quennell Specialty Chemicals, saying the deal could raise "
        "prices for silicone sealants and coating additives. The European Commission said the combined company would "
        "have market shares above 40% in several specialty silicone products. The Federal Trade Commission has asked "
        "Valtessa Chemie and Quennell Specialty Chemicals for more information about their planned merger."
    )
    assert "antitrust regulators" in {b for b, _ in _bodies(two)}
