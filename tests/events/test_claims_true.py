"""Claims must be true (issue 12, seventh pass): a claim title is built from ledger fields, so a field that names the
wrong kind of thing made a false claim that the citation check passes ("a study's author suffers a breach", "a court
moves to regulate a city", "a company launches its rival", "a town commits 1.2 gigawatts", "Lawmakers moves to
regulate"). Each rule is tested on sentences written for it (none taken from a corpus): the field is right, or the
event (and so the claim) is not made."""
import datetime as dt
import re

from topline.events.extract import sentence_events
from topline.records import Event, EventField
from topline.write.offline.clause import agree, clause, plural

DAY = "2026-04-07"


def _events(sentence: str, kind: str) -> list[dict]:
    # the words the sentence writes in lower case are common words when capitalised at its start (as ``extract``
    # reads them from a story's articles)
    common = frozenset(re.findall(r"(?<![\w'.-])[a-z][a-z-]+", sentence))
    return [{k: v for k, v, _ in r.fields} for r in sentence_events(sentence, DAY, common) if r.type == kind]


def _event(kind: str, sentence: str, **fields) -> Event:  # noqa: ANN003
    return Event("s1", kind, tuple(EventField(k, v, str(v), "https://x.example/1", sentence, "X")
                                   for k, v in fields.items()), "https://x.example/1", sentence,
                 date=dt.date(2026, 4, 7))


# --- fields -------------------------------------------------------------------------------------------------------

def test_the_author_of_a_study_is_not_the_organisation_of_what_it_found():
    # the study's finding names no organisation that suffered anything: no incident
    assert not _events("Two coding assistants added a security vulnerability to 28% of the changes they proposed, "
                       "according to a study from Marlow University released Tuesday.", "incident")
    # the author named through its department ("X's Lab for Y on Z") is the source too
    assert not _events("Two coding assistants added a security vulnerability to 28% of the changes they proposed, "
                       "according to a study from Marlow University's Lab for Research on Software released "
                       "Tuesday.", "incident")
    assert all(e.get("organisation") != "Marlow University" for e in
               _events("Researchers at Marlow University found a data breach affecting 40,000 accounts.", "incident"))
    # the organisation an incident befell is still read when a report is cited for it
    got = _events("A data breach at Halden Health exposed 2 million records, according to a report by Wexford "
                  "Security.", "incident")
    assert got and got[0]["organisation"] == "Halden Health"


def test_a_judge_ruling_is_a_decision_not_a_rule_and_a_place_that_modifies_a_noun_is_no_target():
    got = _events("Pellan Media must defend itself in a Manitoba court after a judge ruled Thursday that the "
                  "province's courts have jurisdiction over the Denver company.", "state_action")
    assert got and got[0]["action"] == "other"      # a court decides a case; it makes no rule
    assert "target" not in got[0]                   # "the Denver company": where it is based, not whom
    # a regulator's rules are still a rule, with a named target
    got = _events("The European Commission adopted rules for Brightmoor on Tuesday.", "state_action")
    assert got and got[0]["action"] == "rule" and got[0]["target"] == "Brightmoor"
    # a tariff on a country's goods keeps the country as its target
    got = _events("The Commerce Department imposed tariffs on China on Tuesday.", "state_action")
    assert got and got[0]["target"] == "China"


def test_a_launch_does_not_reach_past_a_clause_break_or_take_an_owner_as_its_product():
    # the launch verb's object ends at the clause break: no "Marrow" launched (ninth pass: the object told in common
    # words is now the product, "its coding agent", which Pellan did launch)
    got = _events("It was a busy day: Pellan launched its coding agent, and Marrow's own launch followed a "
                  "price cut.", "launch")
    assert not [e for e in got if "Marrow" in e["product"]] and all(e["organisation"] == "Pellan" for e in got)
    assert not _events("Pellan launched Marrow's rival agent on Tuesday.", "launch")
    got = _events("Pellan launched its new model Quill-3 on Tuesday.", "launch")
    assert got and got[0]["product"] == "Quill-3"
    got = _events("Pellan launched a coding agent called Quill on Tuesday.", "launch")
    assert got and got[0]["product"] == "Quill"


def test_a_site_named_by_its_town_is_no_company_and_the_builder_is_the_agent_of_the_passive():
    got = _events("The Dunmore campus, being developed by Kestrel Compute with financing from Atlas Partners, is "
                  "planned for about 1.4 gigawatts of capacity.", "capex")
    assert got and got[0]["company"] == "Kestrel Compute" and got[0]["place"] == "Dunmore"
    got = _events("The Dunmore facility, developed by Kestrel Compute, is expected to draw about 1.4 gigawatts.",
                  "capex")
    assert got and got[0]["company"] == "Kestrel Compute"
    got = _events("Kestrel Compute is building a 1.4 gigawatt campus in Dunmore, Texas.", "capex")
    assert got and got[0]["company"] == "Kestrel Compute"


# --- clauses ------------------------------------------------------------------------------------------------------

def test_the_verb_agrees_with_a_plural_subject():
    assert plural("Lawmakers") and plural("Ohio lawmakers") and plural("US authorities")
    assert not plural("Senate") and not plural("Halvard Systems") and not plural("Congress")
    assert agree("Lawmakers", "moves to regulate") == "move to regulate"
    assert agree("Ohio lawmakers", "launches Quill") == "launch Quill"
    assert agree("Halvard Systems", "raises $5 million") == "raises $5 million"
    s = "Lawmakers have proposed rules that would require minimum cybersecurity standards for hospitals."
    # (signals25: a move to regulate told done is its statement's main clause, its verb agreeing too)
    assert clause(_event("state_action", s, body="Lawmakers", action="rule")) == "Lawmakers propose rules"
    s = "Lawmakers are drafting rules that would require minimum cybersecurity standards for hospitals."
    # told as a plan: the move with its object (signals26; a bare "move to regulate" before)
    assert clause(_event("state_action", s, body="Lawmakers", action="rule")) == \
        "Lawmakers move to require minimum cybersecurity standards for hospitals"
    s = "Ohio regulators fined Pellan Power on Tuesday."
    assert clause(_event("state_action", s, body="Ohio regulators", action="fine", target="Pellan Power")) == \
        "Ohio regulators fine Pellan Power"


def test_a_court_neither_regulates_nor_legislates():
    s = "A Manitoba court ruled on the rules for Pellan Media."
    assert clause(_event("state_action", s, body="Manitoba court", action="rule", target="Pellan Media")) == ""
    assert clause(_event("state_action", s, body="Manitoba court", action="rule")) == ""
    s = "The Manitoba Securities Commission adopted rules for Pellan Media."
    assert clause(_event("state_action", s, body="Manitoba Securities Commission", action="rule",
                         target="Pellan Media")) == "Manitoba Securities Commission moves to regulate Pellan Media"


def test_a_flaw_found_is_not_a_breach_suffered():
    s = "Researchers found a vulnerability in Quill that let attackers read passwords."
    e = Event("s1", "incident", (EventField("organisation", "Quill", "Quill", "u", s, "X"),
                                 EventField("kind", "breach", "vulnerability", "u", s, "X")), "u", s)
    assert clause(e) == "Quill has a vulnerability"
    s = "Hackers stole the records of 40,000 Halden Health patients."
    e = Event("s1", "incident", (EventField("organisation", "Halden Health", "Halden Health", "u", s, "X"),
                                 EventField("kind", "breach", "stole", "u", s, "X")), "u", s)
    assert clause(e) == "Halden Health suffers a breach"


def test_a_round_sought_is_not_told_as_raised():
    s = "Pellan Chips is seeking to raise as much as $1.5 billion in its initial public offering, people said."
    e = Event("s1", "funding", (EventField("company", "Pellan Chips", "Pellan Chips", "u", s, "X"),
                                EventField("amount", 1.5e9, "$1.5 billion", "u", s, "X")), "u", s)
    assert clause(e) == "Pellan Chips seeks to raise $1.5 billion"
    from topline.write.offline.claims import is_claim, roles
    assert roles("pellan chips", e) == ["seeks to raise $1.5 billion"]
    assert is_claim("Pellan Chips seeks to raise $1.5 billion", ["Pellan Chips"])
    s = "Pellan Chips raised $1.5 billion in its initial public offering on Tuesday."
    e = Event("s1", "funding", (EventField("company", "Pellan Chips", "Pellan Chips", "u", s, "X"),
                                EventField("amount", 1.5e9, "$1.5 billion", "u", s, "X")), "u", s)
    assert clause(e) == "Pellan Chips raises $1.5 billion"


def test_a_body_that_is_asked_to_act_does_not_act_and_a_vote_to_come_is_no_act():
    assert not _events("Bosses of 30 large companies have asked the European Commission to suspend its rules for "
                       "two years.", "state_action")
    assert not _events("The state's Economic Investment Committee will vote on the grant on Wednesday.",
                       "state_action")
    assert not _events("Several Ohio lawmakers called for tighter rules on where battery plants can be built.",
                       "state_action")
    got = _events("The state's Economic Investment Committee approved a grant worth $40 million for Pellan Bio on "
                  "Wednesday.", "state_action")
    assert got and got[0]["action"] == "subsidy"


def test_an_act_whose_target_is_its_own_instrument_is_told_without_it():
    s = "India's IT ministry on Tuesday notified amendments to the IT Rules requiring labels on synthetic content."
    # and a verb that wants its object ("moves to regulate") is the statement's main clause where it tells the act
    # done with a decision's verb (signals25; "notified", a rule published in the gazette, is one since signals26)
    assert clause(_event("state_action", s, body="IT ministry", action="rule", target="Rules")) == \
        "India's IT ministry notifies amendments to the IT Rules requiring labels on synthetic content"
    s = "India's IT ministry on Tuesday published amendments to the IT Rules requiring labels on synthetic content."
    assert clause(_event("state_action", s, body="IT ministry", action="rule", target="Rules")) == \
        "India's IT ministry publishes amendments to the IT Rules requiring labels on synthetic content"
    s = "The Economic Investment Committee approved a Job Development Investment Grant worth $40 million."
    assert clause(_event("state_action", s, body="Economic Investment Committee", action="subsidy",
                         target="Job Development Investment Grant")) == "Economic Investment Committee offers a subsidy"


def test_an_incident_of_a_relative_clause_and_a_speakers_affiliation_are_not_the_organisation():
    assert not _events("Marrow Agency said it had received reports from several companies whose passwords were "
                       "exposed.", "incident")
    assert not _events('"Nobody wants a repeat of that winter," said Ana Ruiz, a policy analyst at the Dallas-based '
                       'Grid Futures Forum, referring to the storm that caused widespread outages.', "incident")
    # the analyst's employer is where the speaker works, not where the fire was
    assert not _events("A fire broke out at the plant overnight, an analyst at Grid Futures Forum said.", "incident")


def test_a_statement_of_this_week_is_not_news_of_the_day():
    from topline.write.offline.claim_lines import news_of as _news_of

    class Comp:   # the articles a composer knows: one published on the edition's day
        articles = {"u": type("A", (), {"published": dt.datetime(2026, 4, 7, 9)})()}
    day = dt.date(2026, 4, 7)
    e = Event("s1", "funding", (EventField("company", "Pellan", "Pellan", "u",
                                           "Pellan raised $6.5 billion this week at a $90 billion valuation.", "X"),),
              "u", "")
    assert not _news_of(e, Comp, day)
    e = Event("s1", "funding", (EventField("company", "Pellan", "Pellan", "u",
                                           "Pellan raised $6.5 billion on Tuesday at a $90 billion valuation.", "X"),),
              "u", "")
    assert _news_of(e, Comp, day)


def test_a_build_out_under_discussion_is_no_commitment():
    s = "Pellan AI is in talks with the provincial government about building a campus of up to 2 gigawatts."
    e = Event("s1", "capex", (EventField("company", "Pellan AI", "Pellan AI", "u", s, "X"),
                              EventField("capacity", 2e9, "2 gigawatts", "u", s, "X")), "u", s)
    assert clause(e) == ""
    s = "Pellan AI will build a campus of 2 gigawatts near Dunmore."
    e = Event("s1", "capex", (EventField("company", "Pellan AI", "Pellan AI", "u", s, "X"),
                              EventField("capacity", 2e9, "2 gigawatts", "u", s, "X")), "u", s)
    assert clause(e) == "Pellan AI commits 2 gigawatts"


def test_a_level_raised_from_one_figure_to_another_raises_no_money_and_a_unit_is_no_product():
    assert not _events("Pellan Power raised its five-year spending plan to $52 billion from $44 billion on Tuesday.",
                       "funding")
    assert not _events("Pellan Power raised its five-year spending plan by $8 billion to $52 billion on Tuesday.",
                       "funding")
    assert not _events("Pellan Power has unveiled a 500Ah sodium-ion cell for stationary storage.", "launch")
    got = _events("Pellan Power has unveiled Quill, a sodium-ion cell for stationary storage.", "launch")
    assert got and got[0]["product"] == "Quill"


def test_a_round_still_being_raised_is_not_told_as_raised():
    # the lead, after eval-games: "is raising" is a round under way, not one raised
    s = "Harrowgate Partners is raising as much as $2 billion for its third fund, two people said."
    e = Event("s1", "funding", (EventField("company", "Harrowgate Partners", "Harrowgate Partners", "u", s, "X"),
                                EventField("amount", 2e9, "$2 billion", "u", s, "X")), "u", s)
    assert clause(e) == "Harrowgate Partners seeks to raise $2 billion"
    from topline.write.offline.claims import roles
    assert roles("harrowgate partners", e) == ["seeks to raise $2 billion"]
