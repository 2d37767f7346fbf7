"""signals17 (issue 12): a page no claim reached may claim its day with a story it shares with another page (its
secondary category), every clause of the day and one at least of its own stories
(``signals_page.fallback_signals``, step 3). Sentences written for this test; the offline writer's own parts."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.events import signal_helpers as h
from topline.records import Classification
from topline.write.offline.claims import is_claim
from topline.write.offline.compose import Composer
from topline.write.offline.signals_page import fallback_signals

TUE = dt.date(2026, 11, 17)
MON = dt.date(2026, 11, 16)


def _shared(rs, primary: str, secondary: str):  # noqa: ANN001, ANN202
    cls = Classification(rs.bundle.story.id, primary, secondary=(secondary,))
    return dataclasses.replace(rs, classification=cls)


def _edition(move_day: dt.date, own: bool = True) -> list:
    fine = h.story(
        "s-fine",
        "Policy",
        h.art(
            "Wire",
            "Commission fines Brightmoor Telecom",
            "The European Commission fined Brightmoor Telecom 40 million euros on Tuesday for blocking rivals from "
            "its fibre network. Brightmoor said it would appeal.",
            TUE,
        ),
        score=0.9,
    )
    move = h.story(
        "s-move",
        "Markets",
        h.art(
            "Ledger",
            "Halden Maritime shares rise on forecast",
            "Shares of Halden Maritime rose 3.1% in Oslo after the shipping company raised its forecast. Analysts "
            "had expected a cut.",
            move_day,
        ),
        score=0.8,
    )
    other = h.story(
        "s-other",
        "Markets",
        h.art(
            "Daily",
            "Karvik Bank shares fall",
            "Shares of Karvik Bank fell 2.4% in Stockholm after the lender cut its dividend.",
            TUE,
        ),
        score=0.7,
    )
    edition = [_shared(move, "Markets", "Policy"), _shared(other, "Markets", "Policy")]
    return ([fine] if own else []) + edition


def _fallback(edition: list):  # noqa: ANN202
    comp = Composer(h.articles_of(edition))
    led = h.ledger_of(edition, "Policy", TUE)
    return fallback_signals("Policy", edition, led, {}, comp, TUE)


def test_the_page_s_day_with_a_story_it_shares() -> None:
    sigs = _fallback(_edition(TUE))
    assert len(sigs) == 1, [s.title for s in sigs]
    sig = sigs[0]
    assert sig.title.endswith(" on the same day"), sig.title
    assert "s-fine" in sig.story_ids, sig.story_ids
    assert is_claim(sig.title, ["European Commission", "Brightmoor Telecom", "Halden Maritime", "Karvik Bank"])


def test_no_claim_when_the_shared_story_s_act_is_of_another_day() -> None:
    # the page's own story and one shared story of the day would still make two clauses of the day ...
    sigs = _fallback(_edition(MON))
    assert all("Halden" not in s.title for s in sigs), [s.title for s in sigs]


def test_no_claim_of_the_shared_stories_alone() -> None:
    # ... but without a clause of the page's own stories, the shared stories are their own page's to claim
    assert _fallback(_edition(TUE, own=False)) == []
