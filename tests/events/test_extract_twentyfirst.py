"""A planned launch told as a plan (issue 12, events21), on sentences written for it (none taken from a corpus):

1. a dated launch to come is in the ledger with its status "planned" (the words that say it: "will launch", "plans to
   release"); an undated one stays a watch item, and a launch told as done has no status;
2. the claim writer tells it as its statement does: "will launch X" or "plans to release X", never "launches X"; a
   launch told as done is still "launches X";
3. a bare place is no incident's organisation: another name of the sentence is, else none (a company after "at", a
   flaw's product after "in" and a company's possessive stay)."""

from topline.events.extract import extract
from topline.records import Event, Story, StoryBundle
from topline.write.offline.claims import roles
from topline.write.offline.clause import clause

from tests.events.sentence_helpers import article, one_event, sentence_fields


def _events(text: str) -> list[Event]:
    a = article(text)
    story = Story(id="s1", title="t", article_ids=(), first_seen=a.published, last_seen=a.published, outlets=("Wire",))
    return [e for e in extract(StoryBundle(story=story, articles=(a,))) if e.type == "launch"]


def test_a_dated_launch_to_come_is_planned():
    got = one_event("Brisa Air will launch its first transatlantic flights next spring.", "launch")
    assert got == {"organisation": ["Brisa Air"], "product": ["transatlantic flights"], "status": ["planned"]}
    got = one_event("Notewell plans to release Scribe Pro in the first quarter of 2027.", "launch")
    assert got["status"] == ["planned"] and got["product"] == ["Scribe Pro"]
    # undated, or hedged, a plan is no launch; a launch told as done has no status
    assert sentence_fields("Notewell plans to release Scribe Pro to more customers.", "launch") == []
    assert sentence_fields("Brisa Air could launch transatlantic flights as early as next year.", "launch") == []
    assert "status" not in one_event("Brisa Air launched its first transatlantic flights on Monday.", "launch")


def test_the_writer_tells_a_planned_launch_as_a_plan():
    (e,) = _events("Brisa Air will launch Skyline Class next spring, the airline said on Tuesday.")
    assert clause(e, e.sentence) == "Brisa Air will launch Skyline Class"
    assert roles("brisa air", e) == ["will launch Skyline Class"]
    (e,) = _events("Brisa Air will launch its first transatlantic flights next spring.")
    assert roles("brisa air", e) == ["will launch transatlantic flights"]
    (e,) = _events("Notewell plans to release Scribe Pro in the first quarter of 2027.")
    assert clause(e, e.sentence) == "Notewell plans to release Scribe Pro"
    assert roles("notewell", e) == ["plans to release Scribe Pro"]
    # must not change: a launch told as done
    (e,) = _events("Brisa Air launched Skyline Class on Monday.")
    assert clause(e, e.sentence) == "Brisa Air launches Skyline Class"
    assert roles("brisa air", e) == ["launches Skyline Class"]
    (e,) = _events("Notewell released Scribe Pro on Monday.")
    assert clause(e, e.sentence) == "Notewell releases Scribe Pro"


def test_a_place_is_no_incident_organisation():
    # no one named: the incident keeps its kind and scale and no organisation
    got = one_event("An explosion at a chemical plant in Teesside injured four workers on Monday.", "incident")
    assert "organisation" not in got and got["kind"] == ["explosion"]
    got = one_event("A cyber-attack on a software firm has disrupted lorry traffic at Dunmere and Carrick.", "incident")
    assert "organisation" not in got
    # a company named beside the place is the organisation
    got = one_event("Toledo, Ohio-based Saint Anselm Health said a ransomware attack caused the outage.", "incident")
    assert got["organisation"] == ["Saint Anselm Health"]
    got = one_event("State officials said a cyberattack had hit Corlan Water on Monday.", "incident")
    assert got["organisation"] == ["Corlan Water"]
    got = one_event("A fire in the North of England forced Brimley Foods to shut its bakery.", "incident")
    assert got["organisation"] == ["Brimley Foods"]
    # must not change: a company after "at", a flaw's product after "in", a company's possessive after "in"
    got = one_event("Hartwell Bank said it was the third serious outage at Hartwell in 18 months.", "incident")
    assert got["organisation"] == ["Hartwell"]
    got = one_event("A vulnerability in Staffly, the hiring platform, exposed 64 million records.", "incident")
    assert got["organisation"] == ["Staffly"]
    got = one_event("A data breach in Forgeline's payroll system exposed 40,000 records.", "incident")
    assert got["organisation"] == ["Forgeline"]


def test_a_name_ending_in_an_admin_term_is_a_place_and_a_blast_furnace_no_blast():
    # read by the lead on eval-ind after its held-out measurement ("Jiangsu Province suffers an explosion", "South
    # Jeolla Province faces a strike", "Ferrimoor Steel suffers an explosion" from a blast furnace's closure);
    # sentences written for this test
    got = one_event("An explosion at Harnfeld Fine Chemicals in Yunmeng Province killed three workers.", "incident")
    assert got["organisation"] == ["Harnfeld Fine Chemicals"]
    got = one_event("An explosion at a chemical plant in Yunmeng Province injured three workers.", "incident")
    assert "organisation" not in got
    # a furnace closed is no explosion (events22: a company shutting its own site is an incident of its own kind, as
    # eval-ind's gold gives "blast furnace closure")
    closing = sentence_fields("Dunmere will close its last blast furnace next year, with 900 jobs lost.", "incident")
    assert [d["kind"] for d in closing] == [["furnace closure"]]
    assert sentence_fields("The blast-furnace relining at Dunmere will take four months.", "incident") == []
    # must not change: a blast that is one, and a name whose last word is no admin term
    got = one_event("A blast at Dunmere Steel's coke works injured two workers on Monday.", "incident")
    assert got["kind"] == ["explosion"] and got["organisation"] == ["Dunmere Steel"]
    got = one_event("An explosion at Carrow Province Mining's mill injured two workers.", "incident")
    assert got["organisation"] == ["Carrow Province Mining"]
