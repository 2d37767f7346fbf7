"""signals24 (issue 12): a page whose own stories leave no clause of the day may claim its day with two stories it
shares with other pages (``signals_page.fallback_signals`` step 3b), when the writer allows each of them
(``shared_ok``: its own page does not need it); every clause of the day. Sentences written for this test."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.events import signal_helpers as h
from topline.records import Classification
from topline.write.offline.claims import is_claim
from topline.write.offline.compose import Composer
from topline.write.offline.signals_page import fallback_signals

THU = dt.date(2026, 10, 8)
WED = dt.date(2026, 10, 7)


def _shared(rs, primary: str, secondary: str):  # noqa: ANN001, ANN202
    return dataclasses.replace(rs, classification=Classification(rs.bundle.story.id, primary, secondary=(secondary,)))


def _edition(second_day: dt.date = THU) -> list:
    own = h.story("s-own", "Orbit", h.art("Gazette", "Spaceport visitor numbers climb",
                                          "Visitor numbers at the Tarrow spaceport museum climbed again this winter, "
                                          "its director said.", THU), score=0.9)
    deal = h.story("s-deal", "Deals", h.art(
        "Wire", "Pellham Aero to buy Corvid Optics",
        "Pellham Aero agreed on Thursday to buy Corvid Optics, a maker of star trackers, for $310 million in cash. "
        "The deal needs approval from regulators.", THU), score=0.8)
    round_ = h.story("s-round", "Deals", h.art(
        "Ledger", "Quillon Orbital raises $75 million",
        "Quillon Orbital, a builder of small imaging satellites, raised $75 million in a Series B round led by "
        "Sandmere Capital, the company said on Thursday.", second_day), score=0.7)
    return [own, _shared(deal, "Deals", "Orbit"), _shared(round_, "Deals", "Orbit")]


def _fallback(edition: list, shared_ok=None):  # noqa: ANN001, ANN202
    comp = Composer(h.articles_of(edition))
    led = h.ledger_of(edition, "Orbit", THU)
    return fallback_signals("Orbit", edition, led, {}, comp, THU, shared_ok=shared_ok)


def test_the_page_s_day_told_by_two_stories_it_shares() -> None:
    edition = _edition()
    sigs = _fallback(edition, shared_ok=lambda rs: True)
    assert len(sigs) == 1, [s.title for s in sigs]
    sig = sigs[0]
    assert sig.title.endswith(" on the same day"), sig.title
    assert set(sig.story_ids) == {"s-deal", "s-round"}, sig.story_ids
    assert "Pellham Aero" in sig.title and "Quillon Orbital" in sig.title, sig.title
    assert is_claim(sig.title, ["Pellham Aero", "Corvid Optics", "Quillon Orbital"]), sig.title
    h.checked(sig, h.articles_of(edition))


def test_not_when_their_own_page_needs_them() -> None:
    assert _fallback(_edition(), shared_ok=lambda rs: rs.bundle.story.id != "s-round") == []


def test_not_without_the_writer_s_leave() -> None:
    # with no ``shared_ok`` (no writer to ask whether their own pages need them) the shared stories stay theirs
    assert _fallback(_edition()) == []


def test_not_when_one_act_is_of_another_day() -> None:
    sigs = _fallback(_edition(second_day=WED), shared_ok=lambda rs: True)
    assert all(s.title.endswith(" on the same day") for s in sigs), [s.title for s in sigs]
    assert not any({"s-deal", "s-round"} <= set(s.story_ids) for s in sigs), [s.title for s in sigs]


def _event(type_: str, sentence: str, **fields: tuple[object, str]):  # noqa: ANN202 - records.Event
    from topline.records import Event, EventField

    url = "https://wire.example/y"
    return Event("s1", type_, tuple(EventField(n, v, t, url, sentence) for n, (v, t) in fields.items()), url, sentence)


def test_a_plan_said_on_an_earlier_day_is_no_claim_of_the_day() -> None:
    from topline.write.offline.claim_guards import not_a_claim

    comp = Composer({})
    retold = "Haverleigh Foundry has said it will spend about $14 billion on its Ostrava campus over a decade."
    e = _event("capex", retold, company=("Haverleigh Foundry", "Haverleigh Foundry"),
               amount=(14e9, "$14 billion"))
    assert not_a_claim("Haverleigh Foundry commits $14 billion", e, retold, comp)
    new = "Haverleigh Foundry said on Thursday it will spend about $14 billion on a campus near Ostrava."
    e = _event("capex", new, company=("Haverleigh Foundry", "Haverleigh Foundry"), amount=(14e9, "$14 billion"))
    assert not not_a_claim("Haverleigh Foundry commits $14 billion", e, new, comp)
