"""One event told in several stories of an edition is kept once in the ledger (issue 12 item 2)."""
import datetime as dt

from topline.events.ledger import dedupe
from topline.records import Event, EventField

DAY = dt.date(2025, 7, 2)


def _move(story: str, name: str, move: str, sources: tuple[str, ...], day: str = "2025-07-02") -> Event:
    fields = [EventField("instrument", name, name, f"https://{s}/{story}", f"{name} fell {move}.", s) for s in sources]
    fields += [EventField("move", move, move, f"https://{sources[0]}/{story}", f"{name} fell {move}.", sources[0]),
               EventField("date", day, "", f"https://{sources[0]}/{story}", f"{name} fell {move}.", sources[0])]
    return Event(story_id=story, type="market_move", fields=tuple(fields), url=fields[0].url,
                 sentence=fields[0].sentence, source=sources[0], date=DAY)


def test_one_index_move_under_two_names_in_two_stories_is_one_event():
    chips = _move("chips", "PHLX Semiconductor Index", "-3.7%", ("cnbc.com", "bloomberg.com", "barrons.com"))
    asia = _move("asia", "Philadelphia Semiconductor Index", "-6%", ("straitstimes.com",))
    kept = dedupe([asia, chips])
    assert len(kept) == 1 and kept[0].story_id == "chips"       # the telling with more outlets stays


def test_other_instruments_days_and_stories_of_one_story_are_kept():
    a = _move("chips", "PHLX Semiconductor Index", "-3.7%", ("cnbc.com",))
    b = _move("asia", "Hang Seng Tech Index", "-1.8%", ("wsj.com",))
    c = _move("later", "PHLX Semiconductor Index", "+0.8%", ("investors.com",), day="2025-07-03")
    d = _move("chips", "Nvidia", "-3.1%", ("cnbc.com",))
    assert dedupe([a, b, c, d]) == [a, b, c, d]


def test_a_round_told_in_two_stories_is_one_funding_event():
    def round_(story: str, sources: tuple[str, ...]) -> Event:
        fs = tuple(EventField(n, v, str(v), f"https://{s}/{story}", "Kling AI raised $2.8 billion.", s)
                   for s in sources for n, v in (("company", "Kling AI"), ("amount", 2.8e9)))
        return Event(story_id=story, type="funding", fields=fs, url=fs[0].url, sentence=fs[0].sentence, date=DAY)
    own, mention = round_("kling", ("reuters.com", "caixin.com")), round_("alibaba", ("cnbc.com",))
    assert dedupe([mention, own]) == [own]
