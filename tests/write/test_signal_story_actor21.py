"""signals21 (issue 12): one actor in two acts of one story on the edition's day (``claims_story``). Sentences written
for this test; the offline writer's own parts and the real extractor."""

from __future__ import annotations

import datetime as dt

from tests.events import signal_helpers as h
from topline.eval.signal_kinds import classify
from topline.write.offline.claims import is_claim
from topline.write.offline.claims_story import story_actor_signals, title
from topline.write.offline.compose import Composer

TUE, WED = dt.date(2031, 3, 4), dt.date(2031, 3, 5)


def _facts(a):  # noqa: ANN001, ANN202
    from topline.eval.build import ArticleFacts

    return ArticleFacts(a.url, a.source, a.published.date().isoformat(), a.title, a.body)


def _run(*arts):  # noqa: ANN001, ANN202
    edition = [h.story("s1", "Chips", *arts)]
    comp = Composer(h.articles_of(edition))
    led = h.ledger_of(edition, "Chips", WED)
    return story_actor_signals(edition, led.events, {}, comp, WED), comp, led


_PLANT = "Corlan Semiconductor will invest $7 billion to build a new memory chip plant in Cheongju."
_MOVE = "Corlan's shares rose 4.2 percent in Seoul."


def test_a_build_out_and_the_same_days_share_move_make_one_claim() -> None:
    sigs, comp, led = _run(h.art("Wire", "Corlan to build plant", f"{_PLANT} {_MOVE}", WED))
    assert len(sigs) == 1, [s.title for s in sigs]
    sig = sigs[0]
    assert (
        sig.title == "Corlan Semiconductor commits $7 billion in Cheongju, and Corlan rises 4.2 percent on the same day"
    )
    h.checked(sig, comp.articles)
    assert is_claim(sig.title, [f.text for e in led.events for f in e.fields if f.text])
    facts = {u: _facts(a) for u, a in comp.articles.items()}
    kind = classify(sig.title, sig.text, [c.url for c in sig.citations], sig.story_ids, led.events, facts)
    assert kind == "actor", kind


def test_no_claim_across_days_between_actors_or_from_one_act_told_twice() -> None:
    # the build-out told on Tuesday, the move on Wednesday: not "on the same day" (the claims over days say that)
    assert _run(h.art("Wire", "Corlan plant", _PLANT, TUE), h.art("Daily", "Corlan shares", _MOVE, WED))[0] == []
    # two actors with nothing in common: no actor claim
    other = "Brask Foundry's shares rose 4.2 percent in Seoul."
    assert _run(h.art("Wire", "Corlan plant", f"{_PLANT} {other}", WED))[0] == []
    # two moves of one share (two outlets' figures): one act, no claim
    assert (
        _run(
            h.art("Wire", "Corlan up", _MOVE, WED),
            h.art("Daily", "Corlan up", "Corlan's shares rose 4.5 percent in Seoul.", WED),
        )[0]
        == []
    )


def test_title_joins_two_clauses_only_with_an_actor_in_common() -> None:
    assert (
        title("Arcep fines Fibralis", "Fibralis falls 3%")
        == "Arcep fines Fibralis, and Fibralis falls 3% on the same day"
    )
    assert title("Tanvo suffers an outage", "Tanvo falls 3%") == "Tanvo suffers an outage and falls 3% on the same day"
    assert title("Arcep fines Fibralis", "Norvo falls 3%") is None


def test_an_incident_word_in_a_compound_or_as_a_verb_makes_no_incident_clause() -> None:
    # the extractor may read "fire" in "fire-control" or "fires" (the verb) as a fire: no claim says it was suffered
    for text in (
        "Brenmoor Systems, a maker of fire-control radars, agreed to be bought by Tessan Group for $900 million.",
        "Brenmoor Systems supplies a launcher that fires interceptor drones, and raised $450 million on Wednesday.",
        "Brenmoor Systems will invest $2.9 billion in Leeds, and each of its containers has a fire suppression system.",
    ):
        sigs, _, led = _run(h.art("Wire", "Brenmoor", f"{text} Brenmoor's shares rose 4.2 percent in London.", WED))
        assert not any("suffers" in s.title for s in sigs), [s.title for s in sigs]
    sigs, comp, led = _run(
        h.art(
            "Wire",
            "Brenmoor fire",
            "A fire at Brenmoor Systems' plant in Leeds halted production on Wednesday. "
            "Brenmoor's shares fell 4.2 percent in London.",
            WED,
        )
    )
    from topline.write.offline.claims_story import incident_told

    fires = [e for e in led.events if e.type == "incident"]
    assert fires and all(incident_told(e) for e in fires), [(e.type, e.sentence) for e in led.events]


def test_a_modifier_cut_from_its_noun_is_no_product() -> None:
    from topline.write.offline.claims_story import launch_named

    text = "Pellory raised $85 million on Wednesday. Pellory plans to release a Welsh-language version next year."
    sigs, _, led = _run(h.art("Wire", "Pellory raises", text, WED))
    launches = [e for e in led.events if e.type == "launch"]
    # signals26: the modifier is told with its noun phrase ("plans to release a Welsh-language version"), never cut
    assert launches and all(launch_named(e) for e in launches), [e.value("product") for e in launches]
    assert not any("Welsh-language" in s.title and "a Welsh-language version" not in s.title for s in sigs), \
        [s.title for s in sigs]
    _, _, led = _run(h.art("Wire", "Pellory", "Pellory launched Quire 2 on Wednesday, its new dictation app.", WED))
    assert all(launch_named(e) for e in led.events if e.type == "launch")


def test_one_sum_told_as_two_acts_or_a_cost_only_makes_no_claim() -> None:
    # financing of $1.4 billion read as a round and as a build-out of the same sum: one act, not two
    one = (
        "Tarnow Copper said on Wednesday it had raised $1.4 billion in financing for its Quilca copper mine. "
        "Tarnow Copper will invest $1.4 billion to build the Quilca copper mine in Peru."
    )
    sigs, _, led = _run(h.art("Wire", "Tarnow", one, WED))
    kinds = {e.type for e in led.events}
    assert {"funding", "capex"} <= kinds, kinds
    assert sigs == [], [s.title for s in sigs]
    # a plant told by what it would cost is no sum committed
    cost = (
        "Tarnow Copper said on Wednesday it had raised $640 million in debt. "
        "Tarnow Copper said its new smelter in Peru would cost $1.05 billion."
    )
    sigs, _, led = _run(h.art("Wire", "Tarnow", cost, WED))
    assert not any("commits" in s.title for s in sigs), [s.title for s in sigs]
