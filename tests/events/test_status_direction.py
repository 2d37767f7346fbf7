"""How a sentence tells its event, as ledger fields (issue 12, events17): ``status`` (planned, committed, completed) of
a build-out, a round or a purchase, and ``direction`` (imposes, eases, neutral) of a state action; each grounded in its
sentence, stored and shown with the event, and read by the writer (clause.capex_predicate, claim_guards' easing
guard) instead of re-derived. Sentences written for these tests (none taken from a corpus); each rule has a sentence
that must not yield the field."""

import datetime as dt
import re

from topline.eval.events import predicted_items, ungrounded
from topline.events.extract import sentence_events
from topline.events.ledger import report
from topline.records import Article, Event, EventField
from topline.write.offline import claim_guards
from topline.write.offline.clause import capex_predicate

from tests.events.sentence_helpers import DAY

URL = "https://wire.example/a"


def _event(sentence: str, kind: str) -> Event:
    """The one event of type ``kind`` the rules read from ``sentence``, as the ledger keeps it."""
    common = frozenset(re.findall(r"(?<![\w'.-])[a-z][a-z-]+", sentence))
    raws = [r for r in sentence_events(sentence, DAY, common) if r.type == kind]
    assert len(raws) == 1, raws
    fields = tuple(
        EventField(name=n, value=v, text=t, url=URL, sentence=sentence, source="Wire") for n, v, t in raws[0].fields
    )
    return Event(
        story_id="s1",
        type=kind,
        fields=fields,
        url=URL,
        sentence=sentence,
        source="Wire",
        date=dt.date.fromisoformat(DAY),
        id="e1",
    )


def _told(sentence: str, kind: str, name: str) -> tuple[str, str] | None:
    f = next(iter(_event(sentence, kind).values(name)), None)
    return (f.value, f.text) if f else None


def test_a_build_out_planned_committed_or_completed():
    s = "Hanseo Cell plans to build a 1.2 GW battery plant in Georgia."
    assert _told(s, "capex", "status") == ("planned", "plans to build")
    assert _told("Vantor Energy will invest $2 billion in a 500 MW solar farm in Texas.", "capex", "status") == (
        "committed",
        "will",
    )
    assert _told(
        "Brenmar Power has finished building a 300 MW solar farm in Ohio, it said on Monday.", "capex", "status"
    ) == ("completed", "finished building")
    # no word of plan, commitment or completion: no status (none is stated)
    assert _told("Vantor Energy is investing $2 billion in a 500 MW solar farm in Texas.", "capex", "status") is None


def test_a_round_and_a_purchase_have_their_status():
    assert _told("Northwind raised $40 million in a Series B round led by Acme Ventures.", "funding", "status") == (
        "completed",
        "raised",
    )
    assert _told("Kestrel agreed to acquire Drover for $1.2 billion.", "acquisition", "status") == (
        "committed",
        "agreed to",
    )
    assert _told("Kestrel completed its acquisition of Drover for $1.2 billion.", "acquisition", "status") == (
        "completed",
        "completed",
    )
    assert _told("Kestrel plans to acquire Drover for $1.2 billion.", "acquisition", "status")[0] == "planned"
    # a market move or a launch has no status
    assert "status" not in {f.name for f in _event("Kestrel shares fell 4% on Tuesday.", "market_move").fields}


def test_a_state_action_imposes_eases_or_is_neutral():
    s = "The Swiss parliament voted to relax a ban on the re-export of weapons to Norway."
    assert _told(s, "state_action", "direction") == ("eases", "relax a ban")
    assert _told("The FTC fined Kestrel $5 million for misleading ads.", "state_action", "direction") == (
        "imposes",
        "fined",
    )
    assert (
        _told(
            "The European Commission opened an investigation into Kestrel's cloud contracts.",
            "state_action",
            "direction",
        )[0]
        == "neutral"
    )
    # an exemption beside a tariff imposed is no easing of a restriction
    s = "The Commerce Department will impose a 25% tariff on imported drugs, but will exempt companies that build plants."
    assert _told(s, "state_action", "direction") == ("imposes", "tariff")


def test_status_and_direction_are_grounded_and_not_scored():
    e = _event("Hanseo Cell plans to build a 1.2 GW battery plant in Georgia.", "capex")
    article = Article(url=URL, title="Hanseo", text=e.sentence)
    assert [f.text for f in e.values("status")] == ["plans to build"]
    assert ungrounded([e], {URL: article}) == 0
    bad = Event(
        story_id="s1",
        type="capex",
        url=URL,
        sentence=e.sentence,
        fields=(
            *e.fields,
            EventField(name="status", value="completed", text="has completed", url=URL, sentence=e.sentence),
        ),
    )
    assert ungrounded([bad], {URL: article}) == 1  # a status whose words are not in its sentence
    assert {k[2] for k in predicted_items([e])} == {"company", "capacity", "place"}  # golds do not label them


def test_the_writer_reads_the_ledgers_status():
    planned = _event("Hanseo Cell plans to build a 1.2 GW battery plant in Georgia.", "capex")
    assert capex_predicate("1.2 GW", "", planned.sentence, planned) == "plans to build 1.2 GW"
    # the same words with the status field taken away: the writer does not re-derive it from the sentence
    bare = Event(
        story_id="s1",
        type="capex",
        url=URL,
        sentence=planned.sentence,
        fields=tuple(f for f in planned.fields if f.name != "status"),
    )
    assert capex_predicate("1.2 GW", "", planned.sentence, bare) == "commits 1.2 GW"
    will = _event("Vantor Energy will invest $2 billion in a 500 MW solar farm in Texas.", "capex")
    assert capex_predicate("500 MW", "$2 billion", will.sentence, will) == "commits 500 MW"


def test_the_easing_guard_reads_the_ledgers_direction():
    eased = _event("The Swiss parliament voted to relax a ban on the re-export of weapons to Norway.", "state_action")
    assert claim_guards._eases(eased, eased.sentence)
    fined = _event("The FTC fined Kestrel $5 million for misleading ads.", "state_action")
    assert not claim_guards._eases(fined, fined.sentence)


def test_status_and_direction_are_stored_and_shown(store):
    day = dt.date.fromisoformat(DAY)
    e = _event("Hanseo Cell plans to build a 1.2 GW battery plant in Georgia.", "capex")
    store.events.save_events(day, [e], {"s1": "Capital"})
    got = report(store, day)["events"]
    assert got[0]["status"] == "planned" and got[0]["direction"] is None
    assert {"name": "status", "value": "planned", "text": "plans to build"}.items() <= next(
        f for f in got[0]["fields"] if f["name"] == "status"
    ).items()
