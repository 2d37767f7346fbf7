"""Wire-copy detection."""
from __future__ import annotations

import datetime as dt

from topline.enrich.dedup import DedupItem, find_copies

T = dt.datetime(2025, 7, 3, 9, tzinfo=dt.timezone.utc)
WIRE = ("Alibaba has told employees to stop using Anthropic's Claude coding assistant and to switch to its in-house "
        "Qwen coding tools, according to an internal memo seen by Reuters. The ban takes effect immediately and "
        "applies to all engineering teams, the memo said. Alibaba did not respond to a request for comment.")
OWN = ("Engineers at Alibaba have been ordered to stop using Claude, the coding assistant built by Anthropic, and "
       "move to the company's own Qwen programming tools, citing data security in an internal memo.")


def item(i: int, text: str, hours: float = 0) -> DedupItem:
    return DedupItem(i, T + dt.timedelta(hours=hours), text)


def test_exact_and_near_copies_link_to_the_earliest():
    items = [item(2, "HANGZHOU (Reuters) - " + WIRE, 1), item(1, WIRE), item(3, WIRE, 2), item(4, OWN, 0.5)]
    assert find_copies(items) == {2: 1, 3: 1}


def test_rewrites_and_short_texts_are_not_copies():
    assert find_copies([item(1, OWN), item(2, WIRE, 1)]) == {}
    assert find_copies([item(1, "Shares rise"), item(2, "Shares fall", 1)]) == {}
    assert find_copies([item(1, "Shares rise"), item(2, "Shares  rise!", 1)]) == {2: 1}
    assert find_copies([]) == {}
