"""A percentage that is a share is context, not a move (issue 11, fourteenth pass): it counts at SHARE_DISCOUNT in
the magnitude factor. Sentences from the calibration corpora (tests/data)."""

from __future__ import annotations

import pytest

from topline.rank import factors as f
from topline.records import Figure

from .test_rank import bundle, factor, ranked


@pytest.mark.parametrize(
    "text, lead",
    [
        # eval-mob: a union's ballot
        ("91%", "The pilots' union Balpa said 91% of members who voted backed action, on a turnout of 84%."),
        # eval-ai3: a grid rule's threshold
        (
            "80 per cent",
            "New data centres in the greater Dublin area will have to provide on-site or nearby generation capable "
            "of meeting at least 80 per cent of their peak demand before they can connect to the electricity grid.",
        ),
        ("60 per cent", "It has said about 60 per cent of its revenue comes from corporate customers."),
        ("38%", "Harwell Cloud holds a share of about 38% of the UK market."),
    ],
)
def test_a_share_is_read_as_a_share(text, lead):  # noqa: ANN001
    assert f.share_only(text, lead)


@pytest.mark.parametrize(
    "text, lead",
    [
        ("27%", "Brightwater shares jumped 27% in premarket trading in New York after the report."),
        ("40%", "Asterion Pharma said it would cut the list price of its obesity drug Slimara by 40%."),
        ("30%", "Pellworth to cut 30% of staff as it narrows its pipeline."),  # a move's verb wins over "of"
        ("6.8%", "Shares of Voltaro Motors fell 6.8% in midday trading on Tuesday."),
    ],
)
def test_a_move_is_not_a_share(text, lead):  # noqa: ANN001
    assert not f.share_only(text, lead)


def test_a_share_counts_at_the_discount_and_the_note_says_so():
    vote = Figure("91%", "percent", 91.0, "%")
    lead = ("The pilots' union Balpa said 91% of members who voted backed action, on a turnout of 84%.",)
    ballot = bundle("ballot", ["BBC"], title="Skyvale pilots vote to strike over pay", lead=lead, figures=(vote,))
    move = Figure("48%", "percent", 48.0, "%")
    debut = bundle("debut", ["Reuters"], title="Kelpie shares soar 48% in market debut", figures=(move,))
    out = ranked(ballot, debut)
    b, d = factor(out["ballot"], "magnitude"), factor(out["debut"], "magnitude")
    assert b.value == pytest.approx(f.SHARE_DISCOUNT, abs=1e-3) and "a share not a move" in b.note
    assert d.value == pytest.approx(48 / f.PERCENT_CEIL, abs=1e-3) and "share" not in d.note
