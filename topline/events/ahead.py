"""The ledger's new statements computed on both cores (issue 14, scale28).

``ledger.run`` reads each article of the ~100 candidate stories twice, for its events
(``extract.article_statements``, against its story's ``common`` words) and for its forward-looking statements
(``watch.article_forward``); the stage cache keeps both (``events.memo``), so what is left to compute is the
articles no edition has read, mostly the day's new ones: ~7.7 of the stage's ~8.7 main-process CPU seconds on day 2
of 30k over five days (scale27), while the second core idled (the prefetch child's values were taken by
classification; the writer's preparation beside the ledger takes about a second). Which articles are read is known
only once stories are ranked (the candidates), and an article's events depend on its story's words, so they cannot
be computed during story assignment without computing every new article's (about ten times as many).

``start`` is called once the cache is read and the first candidate story is read (so the parse model and the
rules' lazily built tables are loaded once, before the fork, and shared: forked before it, the child loaded its own,
~3 CPU s more a day at 10k over three days): it lists the items the cache lacks in the order the ledger asks for
them (each candidate story in turn: its articles' statements, then their forward statements; an item once, where it
is first asked) and forks one process that computes them from the last. This process computes from the first; each
item is computed once by whichever claims it first (``prefetch._Claims``); the child sends each value as soon as it
has it, and ``take`` gives this process a value the child claimed, waiting for it when the child is still on it.
A value is the same pure function's on the same inputs (an article's statements against the words of the story
that first asks for them, checked by story id), so the events, the watch items and the stored rows are those
computed in order (tests/events/test_ahead.py, tests/test_prefetch.py). A failed child, a failed item or an item not
listed: computed here, as before. Used only where a fork is safe (``prefetch.usable``).
"""
from __future__ import annotations

import multiprocessing
from typing import Any, Sequence

from topline.records import StoryBundle
from topline.runner import end_child

# Fewer items than this: computed here as before (a fork and its first messages cost ~50 ms; an item ~5-15 ms).
# Calibrated on nothing but that ratio, as ``prefetch.MIN_ARTICLES``; the demo and the calibration corpora stay under.
MIN_ITEMS = 200

SAID, FORWARD = "said", "forward"
MISSING = object()          # ``take``: no value from the child, compute here
TAKEN = [0]                 # items this process took from the child (tests read it)

_ITEMS: list[tuple[str, str, Any, tuple]] = []   # in the child: (kind, key, story id, args), inherited by fork
_BUNDLES: list[StoryBundle] = []
_CLAIMS: list[Any] = []


def _compute(kind: str, args: tuple, commons: dict[int, frozenset[str]]) -> Any:
    """One item's value: (statements, aliases, the words asked of ``common`` with their answers) of an article in
    its story, or an article's forward statements."""
    if kind == SAID:
        from topline.events.extract import article_statements, story_common
        from topline.events.memo import _Asked
        si, ai = args
        if si not in commons:
            commons[si] = story_common(_BUNDLES[si])
        asked = _Asked(commons[si])
        said, declared = article_statements(_BUNDLES[si].articles[ai], asked)
        return said, declared, asked.asked
    from topline.events.watch import article_forward
    body, made = args
    return article_forward(body, made)


def _child(conn) -> None:  # noqa: ANN001 - multiprocessing.connection.Connection
    """The listed items from the last, each claimed, computed and sent as (index, ok, value)."""
    from topline.prefetch import CHILD, _Sender
    out = _Sender(conn)
    try:
        claims = _CLAIMS[0]
        commons: dict[int, frozenset[str]] = {}
        for i in range(len(_ITEMS) - 1, -1, -1):
            kind, _, _, args = _ITEMS[i]
            if not claims.claim(i, CHILD):
                if claims.broken:
                    break
                continue
            try:
                out.send((i, True, _compute(kind, args, commons)))
            except Exception:  # noqa: BLE001 - this process computes it again and meets the error in its story
                out.send((i, False, None))
    except BaseException:  # noqa: BLE001 - the parent computes what is missing itself
        pass
    finally:
        out.close()


class LedgerAhead:
    """The child of one ledger; ``close()`` (always) ends it."""

    def __init__(self, proc=None, conn=None, items: Sequence[tuple] = (), claims=None):  # noqa: ANN001
        self.proc, self.conn, self._claims = proc, conn, claims
        self._index = {(kind, key, sid): i for i, (kind, key, sid, _) in enumerate(items)}
        self._got: dict[int, tuple[bool, Any]] = {}
        self.taken = self.computed = 0       # items taken from the child, items this process claimed

    def take(self, kind: str, key: str, sid: Any = None) -> Any:
        """The child's value of the item (``kind``, ``key``, story ``sid``), or ``MISSING`` (compute it here: the
        item is not listed, this process claimed it, or the child failed on it)."""
        from topline.prefetch import CHILD, PARENT
        i = self._index.get((kind, key, sid))
        if i is None or self._claims is None:
            return MISSING
        if self._claims.claim(i, PARENT):
            self.computed += 1
            return MISSING
        if self._claims.state[i] != CHILD:
            return MISSING
        while i not in self._got and self.conn is not None:
            try:
                j, ok, value = self.conn.recv()
            except (EOFError, OSError, TypeError, ValueError):
                self.conn.close()
                self.conn = None
                break
            self._got[j] = (ok, value)
        ok, value = self._got.pop(i, (False, None))
        if not ok:
            return MISSING
        self.taken += 1
        TAKEN[0] += 1
        return value

    def close(self) -> None:
        """Items nobody claimed are left (the ledger did not ask for them); the child ended."""
        from topline.prefetch import PENDING, SKIPPED
        if self._claims is not None and not self._claims.broken:
            for i in range(len(self._claims.state)):
                if self._claims.state[i] == PENDING:
                    self._claims.claim(i, SKIPPED)
        end_child(self)


def items(memo, bundles: Sequence[StoryBundle]) -> list[tuple[str, str, Any, tuple]]:  # noqa: ANN001 - LedgerMemo
    """The items the ledger may compute (not in ``memo``'s stages after ``preload``), in the order it asks for
    them, each where it is first asked: (kind, key, story id or None, the arguments). Every article's forward
    statements are asked (``watch.MAX_PER_DAY`` keeps a number a day, so no article is left unread)."""
    from topline.events.memo import _day
    out: list[tuple[str, str, Any, tuple]] = []
    seen: set[tuple[str, str]] = set()
    for si, b in enumerate(bundles):
        in_time = sorted(b.articles, key=lambda a: (a.published is None, a.published, a.id or 0))  # watch_items'
        for kind, stage, arts in ((SAID, memo.said, b.articles), (FORWARD, memo.forward, in_time)):
            for ai, a in enumerate(arts):
                key = stage.key(a.body, _day(a))
                if key in stage.known or (kind, key) in seen:
                    continue
                seen.add((kind, key))
                if kind == SAID:
                    out.append((SAID, key, b.story.id, (si, ai)))
                else:
                    out.append((FORWARD, key, None, (a.body, a.local_day)))
    return out


def start(memo, bundles: Sequence[StoryBundle]) -> LedgerAhead | None:  # noqa: ANN001 - LedgerMemo
    """Fork the child computing ``memo``'s missing items of ``bundles`` from the last; None when not worth it or
    not safe (computed here as before)."""
    global _ITEMS, _BUNDLES
    from topline.prefetch import _Claims, usable
    if not usable():
        return None
    todo = items(memo, bundles)
    if len(todo) < MIN_ITEMS:
        return None
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    claims = _Claims(len(todo), ctx)
    _ITEMS, _BUNDLES, _CLAIMS[:] = todo, list(bundles), [claims]
    try:
        proc = ctx.Process(target=_child, args=(child,), daemon=True)
        proc.start()
    except OSError:
        return None
    finally:
        _ITEMS, _BUNDLES, _CLAIMS[:] = [], [], []
        child.close()
    return LedgerAhead(proc, parent, todo, claims)
