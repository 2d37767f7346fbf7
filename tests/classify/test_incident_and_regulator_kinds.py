"""Issue 11, seventh pass: an operational failure and a security incident are different kinds of event, and a
regulator is named as news names it ("the competition watchdog", "has designated"). Sentences written for the test."""
from __future__ import annotations

from topline.classify.events import article_kinds, kind_pages, kinds_of
from topline.taxonomy import load_taxonomy

from .test_offline import story

COMPUTE, SAFETY, POLICY = "Compute & Infrastructure", "Safety & Security", "Policy & Regulation"


def test_an_outage_points_to_the_infrastructure_page_and_a_security_incident_to_the_security_page():
    pages = kind_pages(load_taxonomy(None)).page
    assert pages["outage"] == (COMPUTE,)
    assert pages["incident"] == (SAFETY,)


def test_a_power_failure_at_a_data_centre_is_an_outage_not_a_security_incident():
    failure = story("failure", ("Cooling fault takes Vantara Cloud's Dublin region offline for six hours",
                                "A cooling failure at Vantara Cloud's Dublin data centres knocked storage and AI "
                                "inference services offline for six hours on Monday, the company said."),
                    ("Vantara outage in Dublin disrupts airline check-in systems",
                     "The outage at Vantara Cloud's Dublin region left two airlines checking in passengers by "
                     "hand for most of Monday morning."))
    kinds = kinds_of(failure)
    assert "outage" in kinds and "incident" not in kinds, kinds


def test_a_compromised_model_and_harm_done_by_an_ai_agent_are_security_incidents():
    for title, lead in (
            ("Backdoored translation model pulled from HubNest after 40,000 downloads",
             "A translation model carrying a hidden backdoor was downloaded 40,000 times from HubNest before it "
             "was removed, researchers said."),
            ("Poisoned code model slipped credential stealer into suggestions",
             "A poisoned open-weight code model suggested snippets that sent users' keys to a remote server, "
             "security firm Tallis said on Tuesday."),
            ("Logistics firm Carvell blames AI tool for lost shipment records",
             "Carvell said an AI agent asked to archive old files deleted live shipment records, halting "
             "deliveries for a day."),
            ("Ransomware gang uses a chatbot to write its ransom notes",
             "The Kraken ransomware group has used a commercial chatbot to draft ransom notes in 12 languages, "
             "the agency said.")):
        assert "incident" in article_kinds(title, lead), title
    # a plain product update is neither
    assert "incident" not in article_kinds("HubNest adds model search filters",
                                           "HubNest on Tuesday added filters for licence and size to its search.")


def test_a_watchdog_and_a_designation_are_a_regulators_decision():
    for title, lead in (
            ("Watchdog opens review of cloud egress fees",
             "The competition watchdog said on Monday it would review the fees cloud providers charge customers "
             "to move data out."),
            ("Harlow Systems designated a gatekeeper in cloud services",
             "The Digital Markets Authority (DMA) has designated Harlow Systems as having strategic market status "
             "in cloud services, it said on Wednesday.")):
        assert "policy" in article_kinds(title, lead), title


def test_a_law_firm_is_not_a_law():
    assert "policy" not in article_kinds(
        "Law firm Penrose & Vale stops hiring contract reviewers after AI trial",
        "Penrose & Vale, the London law firm, will no longer hire contract reviewers for large disclosure "
        "exercises after an AI system reviewed 800,000 documents in a week.")
    assert "policy" in article_kinds("Senate passes AI disclosure law",
                                     "The Senate passed a law requiring AI-generated adverts to be labelled.")


def test_a_launch_told_in_passing_is_not_a_launch():
    """A story about what happened after a release (a jailbreak, a flaw) dates it by the release: not a launch."""
    for title, lead in (
            ("Kestrel 2's guardrails fell within a day",
             "Hours after Brantwood AI released its new model on Monday, a researcher showed it would explain how "
             "to disable a building's fire alarms."),
            ("Researchers bypass Kestrel 2's filters",
             "On the day of its launch, a researcher bypassed the filters of Brantwood's new model with a "
             "two-line prompt, the company confirmed.")):
        assert "launch" not in article_kinds(title, lead), title
    assert "launch" in article_kinds("Brantwood AI releases Kestrel 2",
                                     "Brantwood AI released Kestrel 2, its largest model, on Monday.")


def test_a_states_incentives_in_a_contest_for_investment_are_its_bid_not_a_policy_page():
    """Two governments bidding with grants and subsidies for a campus: the contest's page (Capital in the default
    taxonomy, whose description names governments courting investment), not the policy page through the
    incentive words; a subsidy law with no contest still reads as policy."""
    from topline.classify.events import inform
    from topline.records import Classification
    capital = "Capital & Industrial Strategy"
    contest = story("contest",
                    ("Galicia and Porto compete for Hexline's 4 billion euro AI campus",
                     "Spain's Galicia and Portugal's Porto region are competing to host a 4 billion euro AI data "
                     "centre campus planned by Hexline, with both governments preparing incentive packages."),
                    ("Spain offers Hexline 300 million euro subsidy to win AI campus over Portugal",
                     "Spain's government has offered Hexline a 300 million euro subsidy and cheaper grid access to "
                     "build its campus in Galicia rather than near Porto, officials said."))
    kinds = kinds_of(contest)
    assert "state_competition" in kinds and "policy" in kinds, kinds
    forced = Classification("contest", COMPUTE, ((COMPUTE, 0.8), (capital, 0.1), (POLICY, 0.1)), (), "m")
    [got] = inform([contest], [forced], load_taxonomy(None))
    assert capital in got.secondary and POLICY not in got.secondary, got
    law = story("law", ("Parliament passes data-centre subsidy law",
                        "Parliament passed a law on Tuesday granting a subsidy of 10% of grid costs to new data "
                        "centres that run on renewable power."))
    [kept] = inform([law], [Classification("law", COMPUTE, ((COMPUTE, 0.8), (capital, 0.1), (POLICY, 0.1)), (),
                                           "m")], load_taxonomy(None))
    assert POLICY in kept.secondary, kept
