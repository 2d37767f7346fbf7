"""The offline writer's per-story preparation computed ahead, on the idle core (issue 14).

Once stories are ranked, the event ledger runs in this process (it reads and writes the store) while the second
core idles. The offline writer's per-edition preparation does not depend on the ledger: for each story pages can
use (``write.page_candidates``), its sentences scored (``sentences.candidates`` + ``score``) and the names it
holds (``compare.story_names``). ``start`` forks one process that computes them from the ranked stories; the
writer's ``prepare`` takes them for the same edition key (date + the candidate stories, in order) instead of
computing them, rebuilding each sentence candidate with this process's own articles, so the pages are the ones
computed in order (tests/test_prefetch.py). A failed process, another key or another writer: computed here. The key
is ``offline.edition_key`` (mend33: the date, the zone, the outlet tiers and the stories themselves, not only their
ids), held by this process for the edition it forked for, so a process left from another build is never taken for
one whose stories changed under the same ids (tests/write/test_edition_key.py).
"""
from __future__ import annotations

import dataclasses
import multiprocessing
from typing import Any

from topline.runner import end_child
from topline.write.base import EditionContext

_CTX: list[tuple] = []                 # in the child: (the context to prepare, its usable stories), by fork
_CURRENT: list["Ahead"] = []
TAKEN = [0]                            # editions whose preparation was taken from the other process (tests read it)


def story_state(rs, day, tier, outlets, memo=None) -> tuple[tuple, Any]:  # noqa: ANN001
    """(scored candidates, names) of one story: what ``OfflineWriter.prepare`` keeps per story (``memo``: each
    article's sentences kept across editions, ``sentences.sentences_memo``)."""
    from topline.write.offline import compare
    from topline.write.offline.sentences import candidates, score
    arts = rs.bundle.articles
    return (tuple(score(candidates(arts, memo), [a.title for a in arts], day, tier)),
            compare.story_names(rs, outlets))


def _usable(ctx: EditionContext) -> tuple:
    from topline.write import page_candidates
    es = ctx.settings.edition if ctx.settings is not None else None
    return tuple(page_candidates(ctx, es.max_per_outlet if es else 3))


def prepared(ctx: EditionContext, usable: tuple | None = None) -> dict[str, tuple[list, Any]]:
    """{story id: (candidates as plain values, names)} for the stories pages can use (``usable``:
    ``page_candidates`` of ``ctx`` when already computed), computed in the edition's zone as the writer does."""
    from topline import zones
    from topline.write.offline import compare, edition_key
    from topline.write.offline.sentences import current_memo
    ranked = usable if usable is not None else _usable(ctx)
    _, tz, tiers, _ = edition_key(ctx, ranked)
    outlets = compare.outlet_names(a for rs in ranked for a in rs.bundle.articles)
    memo = current_memo()
    out = {}
    with zones.edition(tz):
        for rs in ranked:
            cands, names = story_state(rs, ctx.date, tiers.weight if tiers else None, outlets, memo)
            out[rs.bundle.story.id] = ([(dataclasses.replace(c, articles=()), tuple(a.url for a in c.articles))
                                        for c in cands], names)
    return out


def _memo_part() -> tuple[int, int, dict]:
    """(hits, misses, new rows) of the edition's sentence memo in this process (the parent stores the rows)."""
    from topline.write.offline.sentences import current_memo
    memo = current_memo()
    return (memo.hits, memo.misses, dict(memo.new)) if memo is not None else (0, 0, {})


def _child(conn) -> None:  # noqa: ANN001
    try:
        conn.send((prepared(*_CTX[0]), _memo_part()))
    except BaseException as exc:  # noqa: BLE001 - the writer prepares in the parent instead
        conn.send(exc)
    finally:
        conn.close()


class Ahead:
    def __init__(self, proc=None, conn=None, key: tuple | None = None):  # noqa: ANN001
        self.proc, self.conn = proc, conn
        self.key = key                     # ``offline.edition_key`` of the edition forked for (held here)
        self._got: tuple | None = None
        self._merged = False
        self.forked = proc is not None     # this edition uses the second core: the pages' checks are split too

    def take(self, key: tuple) -> dict[str, tuple] | None:
        """The prepared stories when they were prepared for ``key`` (``offline.edition_key``, compared by value:
        the same stories with the same articles, date, zone and tiers), else None."""
        if self.key is None or self.conn is None and self._got is None or not key == self.key:
            return None
        if self._got is None:
            try:
                got = self.conn.recv()
                self._got = got if isinstance(got, tuple) and len(got) == 2 else None
            except (EOFError, OSError):
                self._got = None
            if self._got is None:
                self.key = None        # nothing came: prepared here
                return None
        TAKEN[0] += 1
        if not self._merged:     # the sentences the child computed: stored as if computed here (same key), once
            self._merged = True
            from topline.write.offline.sentences import current_memo
            memo = current_memo()
            if memo is not None:
                hits, misses, new = self._got[1]
                memo.hits += hits
                memo.misses += misses
                memo.known.update(new)
                memo.new.update(new)
        return self._got[0]

    def close(self) -> None:
        end_child(self)


def start(ctx: EditionContext, usable: tuple | None = None) -> Ahead:
    """Fork one process preparing ``ctx``'s stories for the offline writer (nothing where a fork is unsafe);
    ``usable``: ``page_candidates`` of ``ctx`` when the caller computed them."""
    from topline import prefetch
    close()
    if not prefetch.usable() or len(ctx.ranked) < prefetch.MIN_ARTICLES // 10:
        return Ahead()
    from topline.write.offline import edition_key
    usable = usable if usable is not None else _usable(ctx)
    key = edition_key(ctx, usable)
    mp = multiprocessing.get_context("fork")
    parent, child = mp.Pipe(duplex=False)
    _CTX[:] = [(ctx, usable)]
    try:
        proc = mp.Process(target=_child, args=(child,), daemon=True)
        proc.start()
    except OSError:
        return Ahead()
    finally:
        _CTX.clear()
        child.close()
    _CURRENT.append(Ahead(proc, parent, key))
    return _CURRENT[-1]


def take(key: tuple) -> dict[str, tuple] | None:
    """What the running ``Ahead`` prepared for ``key`` (None: prepare here)."""
    return _CURRENT[-1].take(key) if _CURRENT else None


def close() -> None:
    while _CURRENT:
        _CURRENT.pop().close()


# --- the checker on both cores (issue 14, sixth round) -----------------------------------------------------------
# A page is written from the pages before it (no sentence repeated across pages, issue 11), but what the writer
# carries from page to page comes from the pages as written, never from their check: so the pages can be written
# in order first and checked afterwards, half of them in a forked process. Each check is the same pure function of
# the written page and the edition's articles (``verify_page``), so the pages are the ones checked in order (the
# composer's verdicts, passed to it, only spare checks already made: scale17).
_VERIFY: list[tuple] = []             # in the child: (written pages, articles, verdicts), inherited by fork
VERIFIED = [0]                        # pages checked in a forked process (what tests read)


def splits_checks() -> bool:
    """Whether this edition checks its pages on two cores: its writer's stories were prepared ahead."""
    return bool(_CURRENT) and _CURRENT[-1].forked


def _verify_child(conn, indices) -> None:  # noqa: ANN001
    from topline.check import verify_page
    try:
        pages, articles, verdicts = _VERIFY[0]
        conn.send({i: verify_page(pages[i], articles, verdicts) for i in indices})
    except BaseException:  # noqa: BLE001 - the parent checks what is missing itself
        pass
    finally:
        conn.close()


def write_then_check(writer, ctx: EditionContext, jobs) -> list[tuple]:  # noqa: ANN001
    """``write._write_one`` of each job, with the pages written in order first and every other page checked in a
    forked process while this one checks the rest. The same (page, report, stats) per job."""
    from topline.check import verify_page
    from topline.write import WriteStats, edition_articles, keep_kinds
    from topline import prefetch
    stats = [WriteStats() for _ in jobs]
    written = [writer.write_page(cat, stories, ctx, st) for (cat, stories), st in zip(jobs, stats)]
    articles = edition_articles(ctx)
    verdicts = getattr(writer, "verdicts", None)   # the composer's, inherited by the forked process (scale17)
    theirs = list(range(0, len(jobs), 2))
    proc = conn = None
    if len(jobs) >= 2 and prefetch.usable():
        mp = multiprocessing.get_context("fork")
        conn, child = mp.Pipe(duplex=False)
        _VERIFY[:] = [(written, articles, verdicts)]
        try:
            proc = mp.Process(target=_verify_child, args=(child, theirs), daemon=True)
            proc.start()
        except OSError:
            conn.close()
            proc = conn = None
        finally:
            _VERIFY.clear()
            child.close()
    checked: dict[int, tuple] = {}
    mine = [i for i in range(len(jobs)) if proc is None or i not in theirs]
    for i in mine:
        checked[i] = verify_page(written[i], articles, verdicts)
    if conn is not None:
        try:
            got = conn.recv()
            VERIFIED[0] += len(got)
            checked.update(got)
        except (EOFError, OSError, TypeError, ValueError):
            pass
        conn.close()
    if proc is not None:
        proc.join()
    out = []
    for i, page in enumerate(written):
        checked_page, report = checked[i] if i in checked else verify_page(page, articles, verdicts)
        out.append((keep_kinds(page, checked_page), report, stats[i]))
    return out
