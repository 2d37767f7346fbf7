"""The lead's ledger rule after eval-ins' one measurement (2026-12-07), found by signals29 on calibration: a move's day
read after its figure. ``moves._DAY_WORD`` is an alternation (a weekday | "overnight" | "yesterday"); set after the
30-character window without a group, its last two alternatives matched only at the window's start, so "closed up 34
per cent at 628p yesterday" was dated to the article's day and a claim title told the day before's rise as the day's.
Each sentence written for the test."""
import datetime as dt

from topline.events.extract import article_statements
from tests.events.sentence_helpers import DAY, article


def _move_days(text: str) -> list[tuple[str, str]]:
    statements, _ = article_statements(article(text), frozenset())
    out = []
    for r, _ in statements:
        if r.type == "market_move":
            f = {n: v for n, v, _ in r.fields}
            out.append((f["instrument"], f.get("date", "")))
    return out


_BEFORE = (dt.date.fromisoformat(DAY) - dt.timedelta(days=1)).isoformat()


def test_yesterday_after_the_price_dates_the_move_the_day_before():
    text = "Shares in Pellmoor Tiles closed up 21 per cent at 412p yesterday after a bid from Harrowgate Stone."
    assert _move_days(text) == [("Pellmoor Tiles", _BEFORE)]
    text = "Shares of Durnley Freight fell 3.8% in late trading overnight as fuel costs rose."
    assert _move_days(text) == [("Durnley Freight", _BEFORE)]


def test_a_move_with_no_day_word_is_the_article_s_day():
    text = "Shares in Pellmoor Tiles closed up 21 per cent at 412p after a bid from Harrowgate Stone."
    assert _move_days(text) == [("Pellmoor Tiles", DAY)]
    # a day word past the window, in another clause, dates nothing
    text = "Shares in Pellmoor Tiles rose 21 per cent, a day after the bid that Harrowgate Stone made yesterday."
    assert _move_days(text) == [("Pellmoor Tiles", DAY)]


def _incidents(text: str) -> list[tuple[str, str]]:
    statements, _ = article_statements(article(text), frozenset())
    out = []
    for r, _ in statements:
        if r.type == "incident":
            f = {n: v for n, v, _ in r.fields}
            out.append((f.get("organisation", ""), f.get("kind", "")))
    return out


def test_an_insurer_s_fire_cover_is_no_fire():
    # eval-ins' false claim title "FAIR Plan suffers a fire" (read by the lead after its one measurement): the
    # incident word before the cover it names is a kind of cover, as "fire insurance" was already
    assert _incidents("Tollbridge Mutual offers basic fire cover to homeowners in the valley.") == []
    assert _incidents("Tollbridge Mutual raised its flood coverage limits and its fire policy premiums.") == []
    # a fire that happened stays one
    assert _incidents("A fire destroyed Tollbridge Mutual's call centre in Leeds on Monday.") != []
