"""Use the idle core while stories are assigned (issue 14): per-article stage values computed ahead.

Story assignment runs in one process (sequential by design) while the machine's second core idles. What the
later stages compute from one article alone and keep in the stage cache (``topline.stage_cache``) does not depend
on the stories: the kinds of event an article's title and lead state (classification) and the sentences of an
article that can settle a watch item (the event ledger). ``start`` reads which of the window's articles the cache
lacks for each stage (one query per stage), forks one process that computes them (and the classifier's
embedding of each article's title and lead the store does not keep: the classifier keeps the rows it takes),
and registers the result with
``stage_cache``; the stages then take a value from it instead of computing it, exactly as computed here (the same
pure functions, the same code version), and the store receives the same rows as without it.

Nothing else changes: a stage asks only for what it asked before, values it does not ask for are dropped, and a
failed or missing process means the stage computes in this process as before. A stage that asks before the child
is done computes the items the child has not begun itself, from the back (``_Claims``), and items no stage can ask
for once stories are known are computed by neither (``Prefetch.narrow``; scale20). Used only where a fork is safe
(this process is single-threaded) and there are at least two cores.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from typing import Any, Callable, Collection, Sequence

from topline import stage_cache
from topline.records import Article
from topline.runner import end_child

MIN_ARTICLES = 200      # fewer values to compute: a fork (~50 ms) is not worth it; computed in this process as before

_ITEMS: list[tuple[str, str, str, tuple]] = []   # in the child: (stage, version, key, args), inherited by fork
_TEXTS: list[str] = []                           # in the child: the classifier's texts to embed
_CURRENT: list["Prefetch"] = []                   # the running one (an edition that raised did not close it)
_CLAIMS: list["_Claims"] = []                     # in the child: who computes each of _ITEMS, by fork
# The classifier's embeddings of each window article's title and lead (``classify.text.article_texts``): wordllama
# pools each text on its own (a padded batch adds exact zeros), so a text's row is the same whatever it is
# embedded with (checked bit for bit, tests/test_prefetch.py); the classifier keeps the rows it takes in its
# ``embed-rows`` stage (issue 14, scale19), and a text kept there is not embedded ahead again.
EMBED_STAGE, EMBED_VERSION = "classify-embeddings", "wordllama"


def _stages() -> list[tuple[Any, Callable[[Article], tuple], Callable[..., Any], Callable[..., Any]]]:
    """(memo factory, the function's arguments from an article, the pure function, which articles the edition of
    a day will ask it for: ``reads(store, day)`` gives a test of an article, or None for none) for each stage
    computed ahead. Watch evidence is read only when some item is open (the ledger follows
    ``store.events.open_watch``; the first editions have none), and only of the articles published after
    ``watch.evidence_since`` (issue 14: the window's older articles are never read by ``follow``; the second
    edition of a 30k run computed evidence for up to 16,871 window articles to read 10,004)."""
    from topline.classify.events import article_kinds, kinds_memo
    from topline.events.watch import evidence_memo, evidence_rows, evidence_since

    def evidence_reads(store, day):  # noqa: ANN001, ANN202 - Store, datetime.date
        since = evidence_since(store.events.open_watch(day), day)
        return None if since is None else \
            (lambda a: a.published is not None and a.published.date() > since)

    return [(kinds_memo, lambda a: (a.title, a.body), article_kinds, lambda store, day: lambda a: True),
            (evidence_memo, lambda a: (a.body,), evidence_rows, evidence_reads)]


PENDING, CHILD, PARENT, SKIPPED = 0, 1, 2, 3      # an item's state in ``_Claims``
CLAIM_WAIT_S = 5.0      # a claim holds the lock for a byte's read and write; longer means its holder died


def _function(key: tuple[str, str]) -> Callable[..., Any] | None:
    """The pure function of stage ``key`` (stage, version)."""
    for factory, _, fn, _ in _stages():
        memo = factory(None)
        if (memo.stage, memo.version) == key:
            return fn
    return None


class _Claims:
    """Which process computes each item, in memory both processes share (issue 14, scale20). The child takes the
    items from the front; the parent, when a stage it asks for is not yet in, computes the rest from the back
    instead of waiting (``Prefetch._help``), so both cores end the stage together; an item the edition cannot
    ask for is computed by neither (``Prefetch.narrow``). Every value is the same pure function's, whichever
    process computes it, and each item is computed once."""

    def __init__(self, n: int, ctx) -> None:  # noqa: ANN001 - a multiprocessing context
        self.state = ctx.RawArray("b", n)
        self.lock = ctx.Lock()
        self.broken = False                 # the lock was not released in time: no more claims in this process

    def claim(self, i: int, who: int) -> bool:
        if self.broken or self.state[i] != PENDING:   # read without the lock: a taken item is never pending again
            return False
        if not self.lock.acquire(timeout=CLAIM_WAIT_S):   # a child killed holding it: the stages compute the rest
            self.broken = True
            return False
        try:
            if self.state[i] != PENDING:
                return False
            self.state[i] = who
            return True
        finally:
            self.lock.release()


class _Sender:
    """The child's messages written to the pipe by a thread of their own, in order (issue 14, scale20).

    ``Connection.send`` returns only when the parent has read all but a pipe's buffer (64 KB) of the message, and
    the parent reads only when its classifier asks. Sent from the computing thread, the first stage's values (the
    embeddings, megabytes) held the child there until the classifier started, so the kinds of event were computed
    while the parent waited for them, not while it assigned stories (at 10k: the embeddings done 67 s before
    they were read, at load ~22). A thread writes each message while the child computes the next."""

    def __init__(self, conn) -> None:  # noqa: ANN001 - multiprocessing.connection.Connection
        self.conn = conn
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (msg := self._queue.get()) is not None:
            try:
                self.conn.send(msg)
            except BaseException:  # noqa: BLE001 - the parent is gone or closed the pipe: nothing more to send
                return

    def send(self, msg: Any) -> None:
        self._queue.put(msg)

    def close(self) -> None:
        """Every message queued so far written (or the parent gone), then the pipe closed."""
        self._queue.put(None)
        self._thread.join()
        self.conn.close()


def _child(conn) -> None:  # noqa: ANN001 - multiprocessing.connection.Connection
    """Each stage's values as one message, in the order the edition needs them (embeddings, kinds, evidence),
    each sent while the next is computed (``_Sender``)."""
    out = _Sender(conn)
    try:
        if _TEXTS:
            from topline.classify.embed import default_embedder
            emb = default_embedder()
            if getattr(emb, "name", "") == EMBED_VERSION:
                out.send(((EMBED_STAGE, EMBED_VERSION), dict(zip(_TEXTS, emb.embed(_TEXTS)))))
        fns = {}
        for factory, _, fn, _ in _stages():
            memo = factory(None)
            fns[(memo.stage, memo.version)] = fn
        claims = _CLAIMS[0] if _CLAIMS else None
        for k, fn in fns.items():          # the items are grouped by stage: each stage sent as soon as it is done
            out.send((k, {key: fn(*args) for i, (stage, version, key, args) in enumerate(_ITEMS)
                          if (stage, version) == k and (claims is None or claims.claim(i, CHILD))}))
    except BaseException:  # noqa: BLE001 - the parent computes what is missing itself
        pass
    finally:
        out.close()


class Prefetch:
    """The background process of one edition; ``close()`` (always) ends it and forgets its values."""

    def __init__(self, proc=None, conn=None, keys: Sequence[tuple[str, str]] = (),  # noqa: ANN001
                 items: Sequence[tuple[str, str, str, tuple]] = (), claims: _Claims | None = None):
        self.proc, self.conn = proc, conn
        self._got: dict[tuple[str, str], dict] = {}
        self._items, self._claims = items, claims
        self.helped = self.skipped = 0       # items this process computed itself, items neither computed
        for stage, version in keys:
            stage_cache.register_prefetch(stage, version, lambda k=(stage, version): self._collect(k))

    def narrow(self, stage: str, version: str, keys: Collection[str]) -> int:
        """Items of ``stage`` whose key is not in ``keys`` (what the edition can still ask for) are computed by
        neither process from now on; how many were left."""
        if self._claims is None:
            return 0
        n = sum(1 for i, (s, v, k, _) in enumerate(self._items)
                if (s, v) == (stage, version) and k not in keys and self._claims.claim(i, SKIPPED))
        self.skipped += n
        return n

    def _help(self, key: tuple[str, str]) -> dict:
        """The items of stage ``key`` the child has not taken, computed here from the back (this process would
        otherwise wait for the child with its core idle)."""
        if self._claims is None or self.conn is None or key in self._got:
            return {}
        mine: dict[str, Any] = {}
        fn = _function(key)
        if fn is None:
            return mine
        for i in range(len(self._items) - 1, -1, -1):
            stage, version, k, args = self._items[i]
            if (stage, version) == key and self._claims.claim(i, PARENT):
                mine[k] = fn(*args)
        self.helped += len(mine)
        return mine

    def _collect(self, key: tuple[str, str]) -> dict:
        """The values of stage ``key``: those the child has not begun computed here, the rest read from the child's
        messages until they arrive (those of the child, {}, if they never do)."""
        mine = self._help(key)
        while key not in self._got and self.conn is not None:
            try:
                k, values = self.conn.recv()
            except (EOFError, OSError, TypeError, ValueError):
                self.conn.close()
                self.conn = None
                break
            self._got[k] = values
        got = self._got.pop(key, {})
        got.update(mine)
        return got

    def close(self) -> None:
        stage_cache.clear_prefetch()
        end_child(self)

    def __enter__(self) -> "Prefetch":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def usable(workers: int | None = None) -> bool:
    """A fork is safe (single-threaded process, fork available) and a second core exists."""
    return ((workers or os.cpu_count() or 1) >= 2 and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


def _read_first() -> dict[str, int]:
    """Stage -> how many of a story's first articles the edition reads for it (the kinds of event: the first
    ``classify.events.LEAD_ARTICLES``; the watch evidence: every article, so not listed)."""
    from topline.classify.events import KINDS_STAGE, LEAD_ARTICLES
    return {KINDS_STAGE: LEAD_ARTICLES}


def placed(store, day, articles: Sequence[Article], tz=None) -> dict[int, int]:  # noqa: ANN001 - Store, datetime.date, tzinfo
    """{article id: its place among its story's articles up to the edition's end} for the ``articles`` already in
    a story (issue 14, scale27). The classifier embeds a story's first ``classify.text.MAX_ARTICLES`` articles
    and reads the kinds of its first ``classify.events.LEAD_ARTICLES``, and a store keeps only what was read:
    the window's older articles placed further back were computed ahead again by every edition and dropped
    (day 3 of 30k over five days: 1,087 texts embedded and 558 articles' kinds, 3.8 CPU s). A story's articles
    are in order of publication, so a new article only pushes older ones back; should one move forward (stories
    regrouped), the stage computes its value itself, as without a prefetch: the same value either way."""
    if store is None:
        return {}
    from topline.pipeline import window
    return store.stories.positions([a.id for a in articles if a.id is not None], window(day, 0, tz)[1])


def close_current() -> None:
    """End the helper of the last ``start`` if it is still open (``pipeline.end_helpers``: a build that raised)."""
    while _CURRENT:
        _CURRENT.pop().close()


def start(store, day, articles: Sequence[Article], tz=None) -> Prefetch:  # noqa: ANN001 - Store, date, tzinfo
    """Start computing, in one forked process, the stage values of ``articles`` the store's cache lacks."""
    global _ITEMS
    close_current()
    if not usable():
        return Prefetch()
    items: list[tuple[str, str, str, tuple]] = []
    keys = []
    place = placed(store, day, articles, tz)     # issue 14 (scale27): what no stage can ask is not computed ahead
    read_first = _read_first()
    for factory, args_of, _, reads in _stages():
        read = reads(store, day)
        if read is None:
            continue
        memo = factory(store, day)
        first = read_first.get(memo.stage)
        want = {}
        for a in articles:
            if not read(a) or (first is not None and place.get(a.id, 0) >= first):
                continue
            args = args_of(a)
            want.setdefault(memo.key(*args), args)
        # issue 14 (scale22): which keys the store keeps, not their values (the stage reads those it asks for
        # later; reading every kept value here too parsed the window's older half twice an edition)
        kept = store.stage_cache.stored(memo.stage, want) if store is not None else set()
        items += [(memo.stage, memo.version, k, args) for k, args in want.items() if k not in kept]
        keys.append((memo.stage, memo.version))
    if len(items) < MIN_ARTICLES:
        return Prefetch()
    from topline.classify import embed as class_embed
    from topline.classify.text import MAX_ARTICLES, article_text
    # issue 14 (scale19): the rows an earlier edition kept (its classifier keeps those it took from here) are
    # read by the classifier, not embedded again: the window's older half was embedded by yesterday's prefetch
    texts = class_embed.unkept(class_embed.embeddings_memo(store, day),
                               list(dict.fromkeys(article_text(a) for a in articles
                                                  if place.get(a.id, 0) < MAX_ARTICLES)))
    if texts:      # none left to embed: the classifier must not wait for a message that never comes
        keys.insert(0, (EMBED_STAGE, EMBED_VERSION))
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    claims = _Claims(len(items), ctx)
    _ITEMS, _TEXTS[:], _CLAIMS[:] = items, texts, [claims]
    try:
        proc = ctx.Process(target=_child, args=(child,), daemon=True)
        proc.start()
    except OSError:
        return Prefetch()
    finally:
        _ITEMS, _TEXTS[:], _CLAIMS[:] = [], [], []
        child.close()
    _CURRENT.append(Prefetch(proc, parent, keys, items, claims))
    return _CURRENT[-1]
