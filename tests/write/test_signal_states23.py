"""signals23 (issue 12): state actions of several bodies on the edition's day (``claims_states``). Sentences written
for this test; the offline writer's own parts and the real extractor."""

from __future__ import annotations

import datetime as dt

from tests.events import signal_helpers as h
from topline.write.offline.claims import is_claim
from topline.write.offline.claims_states import state_clause, states_signals
from topline.write.offline.compose import Composer

TUE, WED = dt.date(2031, 3, 4), dt.date(2031, 3, 5)

_FINE = ("BONN, March 5 (Reuters) - Germany's Federal Cartel Office fined four sugar refiners a total of 180 million "
         "euros ($195 million) on Wednesday for sharing price lists over five years.")
_APPROVAL = ("The European Parliament approved the bloc's fisheries agreement with Norway on Wednesday, ending two "
             "years of talks.")


def _stories(*texts_by_story):  # noqa: ANN001, ANN202 - (source, title, text, day) per story
    return [h.story(f"s{i}", "Policy", h.art(src, title, text, day))
            for i, (src, title, text, day) in enumerate(texts_by_story, 1)]


def _run(*texts_by_story):  # noqa: ANN001, ANN202
    edition = _stories(*texts_by_story)
    comp = Composer(h.articles_of(edition))
    led = h.ledger_of(edition, "Policy", WED)
    return states_signals(edition, led.events, {}, comp, WED), comp, led


def _clauses(text: str, day: dt.date = WED) -> list[str]:
    led = h.ledger_of(_stories(("Wire", "t", text, day)), "Policy", day)
    return list(dict.fromkeys(c for e in led.events for f in e.fields for c in [state_clause(e, f.sentence)] if c))


def test_two_bodies_acting_on_the_same_day_make_one_checked_claim() -> None:
    sigs, comp, led = _run(("Wire", "Cartel office fines refiners", _FINE, WED),
                           ("Daily", "Parliament backs Norway deal", _APPROVAL, WED))
    assert len(sigs) == 1, [s.title for s in sigs]
    sig = sigs[0]
    assert sig.title.startswith("Two state actions: "), sig.title
    assert "Germany's Federal Cartel Office fines four sugar refiners a total of 180 million euros" in sig.title
    assert "European Parliament approves the bloc's fisheries agreement with Norway" in sig.title
    assert sig.title.endswith(" on the same day")
    assert set(sig.story_ids) == {"s1", "s2"}
    h.checked(sig, comp.articles)
    assert is_claim(sig.title, [f.text for e in led.events for f in e.fields if f.text])


def test_no_claim_from_one_body_or_from_acts_of_another_day() -> None:
    # one body in both stories: no "several bodies"
    again = "Germany's Federal Cartel Office fined two flour mills a total of 40 million euros on Wednesday."
    assert _run(("Wire", "Fine", _FINE, WED), ("Daily", "Fine", again, WED))[0] == []
    # the approval told on Tuesday's page only: nothing of Wednesday to pair with
    assert _run(("Wire", "Fine", _FINE, WED), ("Daily", "Vote", _APPROVAL.replace("Wednesday", "Tuesday"), TUE))[0] == []


def test_the_clause_is_the_statements_main_clause_or_nothing() -> None:
    assert _clauses(_FINE) == ["Germany's Federal Cartel Office fines four sugar refiners a total of 180 million euros"]
    # planned, negated, or with no one named: no clause
    for text in (
        "Germany's Federal Cartel Office will fine four sugar refiners on Wednesday, a person familiar said.",
        "Germany's Federal Cartel Office has not fined the four sugar refiners it inspected in 2029.",
        "The commission adopted the rule on Wednesday, setting a cap of $2 million per refinery.",
        "Refiners said Germany's Federal Cartel Office fined four of them on Wednesday.",
    ):
        assert _clauses(text) == [], text
    # a figure's thousands separator is no end of the object; an object cut at a participle is no clause
    assert _clauses("The U.S. Federal Maritime Commission said on Wednesday it had fined Orvane Shipping "
                    "$310,000 for late filings.") == [
        "U.S. Federal Maritime Commission fines Orvane Shipping $310,000 for late filings"]
    assert _clauses("Japan's cabinet on Wednesday approved raising the cap on seasonal workers admitted under the "
                    "farm visa scheme to 90,000.") == []


def _event(type_: str, sentence: str, **fields: tuple[object, str]):  # noqa: ANN202 - records.Event
    from topline.records import Event, EventField

    url = "https://wire.example/x"
    return Event("s1", type_, tuple(EventField(n, v, t, url, sentence) for n, (v, t) in fields.items()), url, sentence)


def test_a_product_launched_before_is_no_launch_of_the_day() -> None:
    from topline.write.offline.claim_guards import _launched_before

    told = "Harwin Orbital said on Wednesday its newly launched Harwin-7 satellite had lost power."
    assert _launched_before(_event("launch", told, organisation=("Harwin Orbital", "Harwin Orbital"),
                                   product=("Harwin-7", "Harwin-7")), told)
    done = "Harwin Orbital launched Harwin-7 from Kourou on Wednesday."
    assert not _launched_before(_event("launch", done, organisation=("Harwin Orbital", "Harwin Orbital"),
                                       product=("Harwin-7", "Harwin-7")), done)


def test_an_incident_word_used_as_a_verb_is_no_incident_claim() -> None:
    from topline.write.offline.claim_guards import not_a_claim

    comp = Composer({})
    verb = "The grain board's row with Tellmark spills into wheat exports, traders said on Wednesday."
    e = _event("incident", verb, organisation=("Tellmark", "Tellmark"), kind=("spill", "spills"))
    assert not_a_claim("Tellmark suffers a spill", e, verb, comp)
    noun = "A fuel spill at Tellmark's Ostby terminal closed the harbour on Wednesday."
    e = _event("incident", noun, organisation=("Tellmark", "Tellmark"), kind=("spill", "spill"))
    assert not not_a_claim("Tellmark suffers a spill", e, noun, comp)


def test_two_currencies_are_one_sum_converted_not_a_dispute() -> None:
    from topline.write.offline.claims_divergence import _currency

    assert _currency("€48m") == _currency("52 million euros") == "eur"
    assert _currency("$52 million") != _currency("€48m")
    assert _currency("A$90 million") != _currency("$90 million")
    assert _currency("12%") == ""
