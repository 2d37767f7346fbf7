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


def test_signatures_of_the_reused_minhash_equal_those_of_a_fresh_copy_per_text():
    """Issue 14: ``_signatures`` sets one MinHash per thread back to the empty values before each word list instead
    of copying the empty MinHash per list; the values (and dtype) equal a fresh copy's, one list at a time (as
    enrichment calls it) and in a batch, on the demo corpus's texts and short or empty ones."""
    import json

    import numpy as np
    import pytest

    pytest.importorskip("datasketch")
    from topline import demo
    from topline.enrich.dedup import SIGNATURE_WORDS, _signatures, _words
    rows = [json.loads(line) for p in demo.corpus_files() for line in open(p, encoding="utf-8") if line.strip()]
    lists = [_words(f"{r['title']}\n{r.get('text', '')}")[:SIGNATURE_WORDS] for r in rows]
    lists += [[], ["one"], ["a", "b", "c", "d", "e"], ["same"] * 40]
    assert len(lists) > 100
    fresh = _signatures(lists, reuse=False)
    for got in ([_signatures([w])[0] for w in lists], _signatures(lists)):
        assert all(np.array_equal(a, b) and a.dtype == b.dtype for a, b in zip(got, fresh))
    assert len({a.tobytes() for a in fresh}) > 100     # distinct texts give distinct signatures: not all empty
