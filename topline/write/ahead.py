"""The offline writer's per-story preparation computed ahead, on the idle core (issue 14).

Once stories are ranked, the event ledger runs in this process (it reads and writes the store) while the second
core idles. The offline writer's per-edition preparation does not depend on the ledger: for each story pages can
use (``write.page_candidates``), its sentences scored (``sentences.candidates`` + ``score``) and the names it
holds (``compare.story_names``). ``start`` forks one process that computes them from the ranked stories; the
writer's ``prepare`` takes them for the same edition key (date + the candidate stories, in order) instead of
computing them, rebuilding each sentence candidate with this process's own articles, so the pages are the ones
computed in order (tests/test_prefetch.py). A failed process, another key or another writer: computed here.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
from typing import Any

from topline.write.base import EditionContext

_CTX: list[EditionContext] = []        # in the child: the context to prepare, inherited by fork
_CURRENT: list["Ahead"] = []
TAKEN = [0]                            # editions whose preparation was taken from the other process (tests read it)


def story_state(rs, day, tier, outlets) -> tuple[tuple, Any]:  # noqa: ANN001
    """(scored candidates, names) of one story: what ``OfflineWriter.prepare`` keeps per story."""
    from topline.write.offline import compare
    from topline.write.offline.sentences import candidates, score
    arts = rs.bundle.articles
    return tuple(score(candidates(arts), [a.title for a in arts], day, tier)), compare.story_names(rs, outlets)


def prepared(ctx: EditionContext) -> tuple[tuple, dict[str, tuple[list, Any]]]:
    """(edition key, {story id: (candidates as plain values, names)}) for the stories pages can use."""
    from topline.write import page_candidates
    from topline.write.offline import _tiers, compare
    es = ctx.settings.edition if ctx.settings is not None else None
    ranked = page_candidates(ctx, es.max_per_outlet if es else 3)
    key = (ctx.date, tuple(rs.bundle.story.id for rs in ranked))
    outlets = compare.outlet_names(a for rs in ranked for a in rs.bundle.articles)
    tiers = _tiers(ctx)
    out = {}
    for rs in ranked:
        cands, names = story_state(rs, ctx.date, tiers.weight if tiers else None, outlets)
        out[rs.bundle.story.id] = ([(dataclasses.replace(c, articles=()), tuple(a.url for a in c.articles))
                                    for c in cands], names)
    return key, out


def _child(conn) -> None:  # noqa: ANN001
    try:
        conn.send(prepared(_CTX[0]))
    except BaseException as exc:  # noqa: BLE001 - the writer prepares in the parent instead
        conn.send(exc)
    finally:
        conn.close()


class Ahead:
    def __init__(self, proc=None, conn=None):  # noqa: ANN001
        self.proc, self.conn = proc, conn
        self._got: tuple | None = None

    def take(self, key: tuple) -> dict[str, tuple] | None:
        """The prepared stories when they were prepared for ``key``, else None."""
        if self._got is None and self.conn is not None:
            try:
                got = self.conn.recv()
                self._got = got if isinstance(got, tuple) else ((), {})
            except (EOFError, OSError):
                self._got = ((), {})
        if self._got is None or self._got[0] != key:
            return None
        TAKEN[0] += 1
        return self._got[1]

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self.proc is not None:
            if self.proc.is_alive():
                self.proc.terminate()
            self.proc.join()
            self.proc = None


def start(ctx: EditionContext) -> Ahead:
    """Fork one process preparing ``ctx``'s stories for the offline writer (nothing where a fork is unsafe)."""
    from topline import prefetch
    close()
    if not prefetch.usable() or len(ctx.ranked) < prefetch.MIN_ARTICLES // 10:
        return Ahead()
    mp = multiprocessing.get_context("fork")
    parent, child = mp.Pipe(duplex=False)
    _CTX[:] = [ctx]
    try:
        proc = mp.Process(target=_child, args=(child,), daemon=True)
        proc.start()
    except OSError:
        return Ahead()
    finally:
        _CTX.clear()
        child.close()
    _CURRENT.append(Ahead(proc, parent))
    return _CURRENT[-1]


def take(key: tuple) -> dict[str, tuple] | None:
    """What the running ``Ahead`` prepared for ``key`` (None: prepare here)."""
    return _CURRENT[-1].take(key) if _CURRENT else None


def close() -> None:
    while _CURRENT:
        _CURRENT.pop().close()
