"""signals19 (issue 12): a story followed across days: its event of an earlier day and its event of the edition's day,
sharing an actor, told as one claim (``claims_days.over_days_signals``). Sentences written for this test; the
offline writer's own parts and the real extractor."""

from __future__ import annotations

import datetime as dt

from tests.events import signal_helpers as h
from topline.eval.signal_kinds import classify
from topline.write.offline.claims import is_claim
from topline.write.offline.claims_days import over_days_signals
from topline.write.offline.compose import Composer

MON, TUE = dt.date(2031, 3, 3), dt.date(2031, 3, 4)


def _signals(*arts, day: dt.date = TUE):  # noqa: ANN001, ANN202
    edition = [h.story("s1", "Markets", *arts)]
    comp = Composer(h.articles_of(edition))
    led = h.ledger_of(edition, "Markets", day)
    return over_days_signals(edition, led.events, {}, comp, day), comp, led


def test_a_move_followed_by_a_larger_one_a_day_later() -> None:
    sigs, comp, led = _signals(
        h.art(
            "Wire",
            "Tarnwell shares slide",
            "Shares of Tarnwell Foods fell 4% in after-hours trading on Monday after the company cut its forecast.",
            MON,
        ),
        h.art(
            "Ledger",
            "Tarnwell shares plunge",
            "Shares of Tarnwell Foods fell 21% on Tuesday, a day after the company cut its forecast.",
            TUE,
        ),
    )
    assert [s.title for s in sigs] == ["Tarnwell Foods falls 4%, and a day later falls 21%"]
    sig = sigs[0]
    h.checked(sig, comp.articles)
    assert is_claim(sig.title, ["Tarnwell Foods"])
    facts = {u: _facts(a) for u, a in comp.articles.items()}
    assert (
        classify(sig.title, sig.text, [c.url for c in sig.citations], sig.story_ids, led.events, facts) == "over_days"
    )


def test_an_incident_then_a_probe_of_its_victim() -> None:
    sigs, comp, _ = _signals(
        h.art(
            "Wire",
            "Cyberattack hits Harlow Labs",
            "A cyberattack on Harlow Labs disrupted testing at the laboratory on Monday, the company said.",
            MON,
        ),
        h.art(
            "Ledger",
            "Regulator probes Harlow Labs",
            "The Dutch Data Protection Authority said on Tuesday it had opened an investigation into Harlow Labs "
            "over the cyberattack.",
            TUE,
        ),
    )
    assert [s.title for s in sigs] == [
        "Harlow Labs suffers a cyberattack, and a day later Dutch Data Protection Authority investigates Harlow Labs"
    ]
    h.checked(sigs[0], comp.articles)


def test_one_round_told_on_two_days_is_no_development() -> None:
    sigs, _, _ = _signals(
        h.art(
            "Wire", "Quillbank raises", "Quillbank raised $80 million from investors, the company said on Monday.", MON
        ),
        h.art(
            "Ledger",
            "Quillbank raises more",
            "Quillbank raised $85 million in a round led by Fenmoor Capital, the company said on Tuesday.",
            TUE,
        ),
    )
    assert sigs == []


def test_a_round_bought_into_is_no_deal() -> None:
    sigs, _, led = _signals(
        h.art(
            "Wire", "Halden AI raises", "Halden AI said on Monday it had raised $6.5 billion in a Series E round.", MON
        ),
        h.art(
            "Ledger",
            "Halden's backers",
            "Halden's backers are also exposed: investors who bought into the Series D at a $31bn valuation would "
            "see their stakes treble.",
            TUE,
        ),
    )
    assert not any("Series D" in s.title for s in sigs), [s.title for s in sigs]


def test_an_incident_retold_this_week_and_a_name_cut_from_its_start_make_no_claim() -> None:
    retold, _, _ = _signals(
        h.art(
            "Wire",
            "Harlow Labs tally rises",
            "Harlow Labs said the cyberattack it disclosed this week affected about 3.4 million people.",
            MON,
        ),
        h.art(
            "Ledger",
            "Regulator probes Harlow Labs",
            "The Dutch Data Protection Authority said on Tuesday it had opened an investigation into Harlow Labs "
            "over the cyberattack.",
            TUE,
        ),
    )
    assert retold == [], [s.title for s in retold]
    from topline.write.offline.claims_days import _cut_name

    assert _cut_name(
        "York State Department of Financial Services",
        "The New York State Department of Financial Services said on Thursday it had opened a review.",
    )
    assert not _cut_name(
        "Competition and Markets Authority", "Britain's Competition and Markets Authority has opened an investigation."
    )
    assert not _cut_name("Tendwell", "Shares of telehealth company Tendwell fell 21% on Tuesday.")


def test_a_place_is_no_buyer() -> None:
    from topline.write.offline.claims_days import _place

    assert _place("North of England", "Two housing associations in the North of England have agreed to buy 740 homes.")
    assert not _place("Cardew Aerostructures", "Shares in Cardew Aerostructures fell 4.3% on Wednesday.")
    assert not _place("Cardew Aerostructures", "Machinists at Cardew Aerostructures voted to strike.")


def test_no_claim_without_an_earlier_day_or_without_a_shared_actor() -> None:
    same_day, _, _ = _signals(
        h.art("Wire", "Tarnwell shares slide", "Shares of Tarnwell Foods fell 4% in early trading on Tuesday.", TUE),
        h.art("Ledger", "Tarnwell shares plunge", "Shares of Tarnwell Foods fell 21% by the close on Tuesday.", TUE),
    )
    assert same_day == []
    strangers, _, _ = _signals(
        h.art(
            "Wire",
            "Cyberattack hits Harlow Labs",
            "A cyberattack on Harlow Labs disrupted testing at the laboratory on Monday, the company said.",
            MON,
        ),
        h.art("Ledger", "Brenmoor shares rise", "Shares of Brenmoor Dairy rose 6% on Tuesday.", TUE),
    )
    assert strangers == []


def _facts(a):  # noqa: ANN001, ANN202
    from topline.eval.build import ArticleFacts

    return ArticleFacts(a.url, a.source, a.published.date().isoformat(), a.title, a.body)
