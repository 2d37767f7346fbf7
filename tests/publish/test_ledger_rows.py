"""The ledger table's rows (issue 12 item 2): a state action says who acted once, names a common-noun body by its
jurisdiction, and shows the catch-all action as an action, not as the ledger's internal word "other"."""
from __future__ import annotations

from topline.publish.ledger import row
from topline.records import Event, EventField

URL = "https://example.org/a"


def _state(**fields: str) -> Event:
    sentence = "A sentence of the article."
    return Event(story_id="s1", type="state_action", url=URL, sentence=sentence, source="Reuters",
                 fields=tuple(EventField(name=k, value=v, text=v, url=URL, sentence=sentence, source="Reuters")
                              for k, v in fields.items()))


def test_a_body_whose_name_holds_its_jurisdiction_is_named_once():
    r = row(_state(body="European Commission", jurisdiction="European Commission", action="rule"))
    assert (r.who, r.what) == ("European Commission", "rule")


def test_a_common_noun_body_is_named_by_its_jurisdiction():
    r = row(_state(body="government", jurisdiction="India", action="subsidy", target="GPUs"))
    assert (r.who, r.what) == ("government (India)", "subsidy: GPUs")


def test_a_named_body_keeps_a_jurisdiction_its_name_does_not_say():
    r = row(_state(body="Commerce Department", jurisdiction="United States", action="probe"))
    assert r.who == "Commerce Department, United States"


def test_the_catch_all_action_is_shown_as_an_action():
    r = row(_state(body="Federal Court", jurisdiction="Australia", action="other", target="Lindum Pay"))
    assert r.what == "action: Lindum Pay"
    assert "other" not in r.what


def test_a_jurisdiction_alone_is_who_acted():
    assert row(_state(jurisdiction="Brazil", action="law")).who == "Brazil"
