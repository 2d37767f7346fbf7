"""signals18 (issue 12): a story's statement serves its own (primary) page first, and a page with no signal says
why in a sentence true of the page. Pages written by the offline writer over a ledger of the stories' events,
Policy before Markets in the taxonomy (sentences written for this test)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.events import signal_helpers as h
from topline.config import Settings
from topline.events.ledger import NoSignal, no_signal_note
from topline.records import Category, Classification, Taxonomy
from topline.write import EditionContext, write_pages
from topline.write.offline import OfflineWriter

TUE = dt.date(2026, 11, 17)
TAX = Taxonomy(
    categories=(Category("Policy", "Rules, fines and regulators."), Category("Markets", "Shares, indices and prices."))
)


def _shared(rs, primary: str, secondary: str):  # noqa: ANN001, ANN202
    return dataclasses.replace(rs, classification=Classification(rs.bundle.story.id, primary, secondary=(secondary,)))


def _fine():  # noqa: ANN202
    return h.story(
        "s-fine",
        "Policy",
        h.art(
            "Wire",
            "Commission fines Brightmoor Telecom",
            "The European Commission fined Brightmoor Telecom 40 million euros on Tuesday for blocking rivals from its "
            "fibre network. Brightmoor said it would appeal.",
            TUE,
        ),
        score=0.9,
    )


def _moves(n: int) -> list:
    told = [
        (
            "s-halden",
            "Ledger",
            "Halden Maritime shares rise on forecast",
            "Shares of Halden Maritime rose 3.1% in Oslo after the shipping company raised its forecast. Analysts "
            "had expected a cut.",
        ),
        (
            "s-norvik",
            "Daily",
            "Norvik Energy to build battery plant",
            "Norvik Energy said on Tuesday it would invest $2 billion to build a battery plant in Texas.",
        ),
        (
            "s-pellucid",
            "Post",
            "Pellucid AI raises $120 million",
            "Pellucid AI raised $120 million in a Series B round on Tuesday to build tools for insurers.",
        ),
    ]
    return [
        _shared(h.story(sid, "Markets", h.art(src, title, text, TUE), score=0.8 - i / 10), "Markets", "Policy")
        for i, (sid, src, title, text) in enumerate(told[:n])
    ]


def _pages(edition: list) -> dict:
    led = h.ledger_of(edition, "Policy", TUE)
    led = dataclasses.replace(
        led,
        events=tuple(
            dataclasses.replace(e, category=("Policy" if e.story_id == "s-fine" else "Markets")) for e in led.events
        ),
    )
    ctx = EditionContext(date=TUE, taxonomy=TAX, ranked=tuple(edition), settings=Settings(), ledger=led)
    pages, _ = write_pages(ctx, OfflineWriter())
    return {p.name: p for p in pages}


def test_the_shared_story_stays_with_its_own_page_when_that_page_needs_it() -> None:
    # Markets has two events of the day: its claim needs both, so Policy (written first) takes neither
    pages = _pages([_fine(), *_moves(2)])
    markets = [s.title for s in pages["Markets"].signals]
    assert any("Halden" in t and "Norvik" in t for t in markets), markets
    assert all("Halden" not in s.title and "Norvik" not in s.title for s in pages["Policy"].signals)


def test_a_page_takes_a_shared_story_its_own_page_does_not_need() -> None:
    # with a third event Markets can claim its day without one of them: Policy may take it, both pages claim
    pages = _pages([_fine(), *_moves(3)])
    policy = [s.title for s in pages["Policy"].signals]
    assert any("Brightmoor" in t and t.endswith(" on the same day") for t in policy), policy
    assert pages["Markets"].signals, "Markets lost its claim"


def test_the_page_without_a_signal_says_why() -> None:
    pages = _pages([_fine(), *_moves(2)])
    policy = pages["Policy"]
    assert not policy.signals
    # Policy's stories of the day: its own fine and the two shared moves, all three with a clause; fewer than two
    # of its own
    assert (
        policy.signals_note == no_signal_note("Policy", (), TUE, NoSignal(3, 3, 1))
        or "filed under this page" in policy.signals_note
    ), policy.signals_note


def test_each_class_has_its_own_sentence() -> None:
    edition = [_fine(), *_moves(2)]
    notes = {
        no_signal_note("Policy", edition, TUE, r)
        for r in (
            NoSignal(0, 0, 0),
            NoSignal(1, 1, 1),
            NoSignal(2, 1, 1),
            NoSignal(2, 0, 0),
            NoSignal(3, 3, 1),
            NoSignal(3, 3, 3),
            None,
        )
    }
    assert len(notes) == 7
    assert "three of this page's stories" in no_signal_note("Policy", edition, TUE, NoSignal(3, 3, 3))
    # a page with fewer than two stories of the day says that, whatever the writer found
    assert "fewer than two" in no_signal_note("Policy", edition[:1], TUE, NoSignal(0, 0, 0))
