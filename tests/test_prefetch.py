"""Issue 14: what the idle core computes ahead changes nothing.

* a wordllama row is the same whatever it is embedded with (what lets the classifier's embeddings be computed
  ahead);
* ``classify.offline.distinct_keywords`` (each text's n-grams counted once) equals one pass per keyword;
* editions built with the window's event kinds and watch evidence computed ahead in a forked process
  (``topline.prefetch``), and with the offline writer's stories prepared in another while the ledger runs
  (``topline.write.ahead``), with the ledger's missing statements computed from both ends in another
  (``topline.events.ahead``, scale28), with story assignment's centroid products and every other page's check forked
  (``stories.fork``, ``write.ahead.write_then_check``), equal the editions computed in order: the same JSON less clock readings, classifications,
  scores, watch items, ledger, and the same stage-cache rows stored. Real components: SQLite stores, the demo
  corpus and tests/data/cal-biotech (watch items made on one day and settled on a later one), a real fork.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
CAL_BIOTECH = REPO / "tests" / "data" / "cal-biotech"
LINGER_S = 20   # seconds an earlier test's leftover thread (a web TestClient's portal) is given to end


def _per_keyword(texts, categories) -> np.ndarray:  # noqa: ANN001 - the computation before issue 14, one pass a keyword
    from topline.classify.offline import _hits
    from topline.classify.text import keyword_tuples
    out = np.zeros((len(texts), len(categories)), dtype=np.float32)
    for j, c in enumerate(categories):
        kws = keyword_tuples(c)
        if kws:
            out[:, j] = (_hits(texts, [[kw] for kw in kws]) > 0).sum(axis=1)
    return out


def test_distinct_keywords_equal_one_pass_per_keyword():
    from conftest import require
    from topline import demo
    from topline.classify.offline import distinct_keywords
    from topline.taxonomy import load_taxonomy
    files = require(demo.corpus_files(), "the demo corpus (topline/demo/corpus/*.jsonl) is missing")
    rows = [json.loads(line) for p in [*files, CAL_BIOTECH / "articles.jsonl"]
            for line in Path(p).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [f"{r['title']}. {r.get('text', '')}" for r in rows] + ["", "AI AI ai chips", "data centres data center"]
    for tax in (load_taxonomy(None), load_taxonomy(str(CAL_BIOTECH / "taxonomy.toml"))):
        got = distinct_keywords(texts, tax.categories)
        want = _per_keyword(texts, tax.categories)
        assert got.dtype == want.dtype and np.array_equal(got, want)
        assert got.sum() > 50      # the corpora do name keywords: the comparison is not of two zero matrices


def test_a_wordllama_row_is_the_same_in_any_batch():
    """What lets ``prefetch`` embed articles ahead: a text's row does not depend on the texts beside it."""
    from conftest import require
    from topline import demo
    from topline.classify.embed import default_embedder
    emb = default_embedder()
    if emb.name != "wordllama":
        pytest.skip("wordllama is not installed: the classifier's fallback (LSA) is never embedded ahead")
    files = require(demo.corpus_files(), "the demo corpus (topline/demo/corpus/*.jsonl) is missing")
    rows = [json.loads(line) for p in files for line in Path(p).read_text(encoding="utf-8").splitlines() if line]
    from topline.classify.text import LEAD_CHARS
    texts = [f"{r['title']}. {r.get('text', '')[:LEAD_CHARS]}" for r in rows] + ["", "x", "AI " * 400]
    together = emb._embed(texts)
    order = np.random.default_rng(1).permutation(len(texts))
    shuffled = emb._embed([texts[i] for i in order])
    assert np.array_equal(together[order], shuffled)
    for i in range(0, len(texts), 7):
        assert np.array_equal(emb._embed([texts[i]])[0], together[i])


def test_wordllama_rows_through_the_store_equal_embedding_them(tmp_path):
    """issue 14 (scale11): rows kept in the stage cache (``embed.embeddings_memo``: base64 of the float32 bytes)
    give the matrix embedding computes, bit for bit: cold (rows stored), warm (read back from the store), and with
    some texts computed, repeated or new beside the stored ones."""
    import datetime as dt
    from conftest import require
    from topline import demo
    from topline.classify import embed
    from topline.config import load_settings
    from topline.store import open_store
    emb = embed.default_embedder()
    if emb.name != "wordllama":
        pytest.skip("wordllama is not installed: the fallback (LSA) fits each call afresh and keeps no rows")
    files = require(demo.corpus_files(), "the demo corpus (topline/demo/corpus/*.jsonl) is missing")
    rows = [json.loads(line) for p in files for line in Path(p).read_text(encoding="utf-8").splitlines() if line]
    from topline.classify.text import LEAD_CHARS
    texts = [f"{r['title']}. {r.get('text', '')[:LEAD_CHARS]}" for r in rows] + ["", "x", "AI " * 400]
    want = emb._embed(texts)
    day = dt.date(2025, 7, 3)
    with open_store(load_settings(environ={"TOPLINE_HOME": str(tmp_path)})) as store:
        try:
            cold = embed.embeddings_memo(store, day)
            embed.use_memo(cold)
            got = emb.embed(texts[:60])
            assert got.dtype == want.dtype and np.array_equal(got, want[:60])
            assert cold.hits == 0 and cold.misses == len(set(texts[:60]))
            cold.flush()
            warm = embed.embeddings_memo(store, day)
            embed.use_memo(warm)
            mixed = texts[30:] + texts[:5]         # stored, new and repeated texts in one call
            got = emb.embed(mixed)
            assert np.array_equal(got, np.concatenate([want[30:], want[:5]]))
            assert warm.hits == 30 + 5 and warm.misses == len(set(texts[60:]) - set(texts[:60]))   # each new text once
        finally:
            embed.use_memo(None)
    other = embed.embeddings_memo(None)
    other.version += "x"                            # another model, width, package or source: another key
    assert other.key(texts[0]) != embed.embeddings_memo(None).key(texts[0])


def _editions(tmp_path: Path, paths: list[str], taxonomy: str, ahead: bool, monkeypatch) -> tuple[dict, dict]:  # noqa: ANN001
    from test_stage_cache import _build
    from topline import prefetch, stage_cache
    from topline.config import load_settings
    from topline.store import open_store
    from topline.write import ahead as write_ahead
    monkeypatch.setattr(prefetch, "MIN_ARTICLES", 1 if ahead else 10 ** 9)
    from topline.stories import fork as story_fork
    monkeypatch.setattr(story_fork, "MIN_PAIRS", 1 if ahead else 10 ** 18)
    monkeypatch.setattr(story_fork, "TOKENS_MIN", 2 if ahead else 10 ** 18)
    monkeypatch.setattr("topline.classify.embed.SPLIT_MIN", 2 if ahead else 10 ** 18)
    from topline.events import ahead as ledger_ahead
    monkeypatch.setattr(ledger_ahead, "MIN_ITEMS", 1 if ahead else 10 ** 9)
    ledger_ahead.TAKEN[0] = 0
    story_fork.TAKEN[0] = 0
    stage_cache.TAKEN.clear()
    write_ahead.TAKEN[0] = write_ahead.VERIFIED[0] = 0
    home = tmp_path / ("ahead" if ahead else "inline")
    out, _ = _build(home, paths, taxonomy, cold=False)
    taken = dict(stage_cache.TAKEN, writer=write_ahead.TAKEN[0], checked=write_ahead.VERIFIED[0],
                 stories=story_fork.TAKEN[0], ledger=ledger_ahead.TAKEN[0])
    with open_store(load_settings(environ={"TOPLINE_HOME": str(home)})) as store:
        rows = {stage: store.stage_cache.count(stage) for stage in ("event-kinds", "watch-evidence", "write-sentences",
                                                                    "event-statements", "watch-statements")}
    return out, {"taken": taken, "rows": rows}


@pytest.mark.skipif(not __import__("topline.prefetch", fromlist=["usable"]).usable(2),
                    reason="no fork on this platform: the prefetch is never used here")
@pytest.mark.parametrize("corpus", ["demo", "cal-biotech"])
def test_editions_equal_with_values_computed_ahead(tmp_path, monkeypatch, corpus):
    from conftest import require
    from topline import demo
    if corpus == "demo":
        paths, taxonomy = [str(p) for p in require(demo.corpus_files(), "the demo corpus is missing")], ""
    else:
        paths, taxonomy = [str(CAL_BIOTECH / "articles.jsonl")], str(CAL_BIOTECH / "taxonomy.toml")
    monkeypatch.setattr("os.cpu_count", lambda: 2)     # a second core, as on the benchmark machine
    import threading
    # the prefetch never forks beside another thread: one left running by an earlier test turns it off. Under
    # xdist this module may follow a web module on the same worker whose TestClient threads are still winding down:
    # let them end (they are not this test's), then require none
    for t in [t for t in threading.enumerate() if t is not threading.main_thread()]:
        t.join(timeout=LINGER_S)
    assert threading.active_count() == 1, [t.name for t in threading.enumerate()]
    inline, inline_stats = _editions(tmp_path, paths, taxonomy, False, monkeypatch)
    ahead, ahead_stats = _editions(tmp_path, paths, taxonomy, True, monkeypatch)
    assert inline_stats["taken"] == {"writer": 0, "checked": 0, "stories": 0, "ledger": 0}
    assert ahead_stats["taken"]["ledger"] > 0    # the ledger took statements its child computed (scale28)
    assert ahead_stats["taken"]["stories"] >= len(ahead) - 1   # centroid products forked once stories exist
    assert ahead_stats["taken"]["writer"] == len(ahead)    # every edition's writer took the stories prepared ahead
    assert ahead_stats["taken"]["checked"] >= len(ahead)   # and checked pages in another process (sixth round)
    # the stages did take values computed in the other process (else this compares two inline builds)
    assert ahead_stats["taken"].get("event-kinds", 0) > 0, ahead_stats
    if corpus == "cal-biotech":
        assert ahead_stats["taken"].get("watch-evidence", 0) > 0, ahead_stats
    from topline.classify.embed import default_embedder
    if default_embedder().name == "wordllama":
        assert ahead_stats["taken"].get("classify-embeddings", 0) > 0, ahead_stats
    assert ahead_stats["rows"] == inline_stats["rows"]     # the same rows stored: values not asked for are dropped
    assert inline_stats["rows"]["write-sentences"] > 0     # the writer's process sent the sentences it computed
    assert sorted(ahead) == sorted(inline) and len(inline) >= 2
    for day in sorted(inline):
        for part in inline[day]:
            assert ahead[day][part] == inline[day][part], f"{day}: {part} differs with values computed ahead"


def test_articles_placed_past_what_a_story_reads_are_not_computed_ahead(tmp_path, monkeypatch):
    """issue 14 (scale27): a window article already in a story behind its first ``MAX_ARTICLES`` is not embedded
    ahead, and behind its first ``LEAD_ARTICLES`` its kinds are not computed ahead (no edition asks for them, so
    none was kept and every edition computed them again); a text another article shares from the front is; an
    article published after the edition's end does not count; articles not yet in a story are all computed."""
    import datetime as dt
    from topline import prefetch
    from topline.classify.events import KINDS_STAGE, LEAD_ARTICLES
    from topline.classify.text import MAX_ARTICLES, article_text
    from topline.config import load_settings
    from topline.records import Article, Story
    from topline.store import open_store
    day = dt.date(2025, 7, 3)
    t0 = dt.datetime(2025, 7, 3, 1, tzinfo=dt.timezone.utc)
    n = LEAD_ARTICLES + 3
    arts = [Article(url=f"https://example.org/harbour/{i}", title=f"Harbour crane report number {i}",
                    text=f"The port authority of Kelmsby said crane {i} had failed its inspection on Tuesday.",
                    published=t0 + dt.timedelta(minutes=10 * i), source=f"Outlet {i}") for i in range(n)]
    # the last article repeats the second one's title and text (a wire copy): kept, as the second is read
    arts[-1] = Article(url="https://example.org/harbour/copy", title=arts[1].title, text=arts[1].text,
                       published=t0 + dt.timedelta(minutes=10 * (n - 1)), source="Copy desk")
    late = Article(url="https://example.org/harbour/late", title="Harbour crane report, the day after",
                   text="Crane repairs began.", published=t0 + dt.timedelta(days=1), source="Outlet late")
    loose = Article(url="https://example.org/other/1", title="A ferry timetable changes",
                    text="The ferry leaves at noon from now on.", published=t0, source="Outlet x")
    with open_store(load_settings(environ={"TOPLINE_HOME": str(tmp_path)})) as store:
        store.articles.upsert_many([(a, "f") for a in [late, *arts, loose]])
        stored = {a.url: a for a in store.articles.in_window(t0 - dt.timedelta(days=1), t0 + dt.timedelta(days=2))}
        ids = [stored[a.url].id for a in arts]
        story = Story(id="s-harbour", title="Harbour cranes", article_ids=(*ids, stored[late.url].id),
                      first_seen=t0, last_seen=t0 + dt.timedelta(days=1), outlets=())
        store.stories.save([story], [(i, story.id, 1.0) for i in story.article_ids])
        window = [stored[a.url] for a in arts] + [stored[loose.url]]
        place = prefetch.placed(store, day, window)
        assert place == {i: k for k, i in enumerate(ids)}       # the late article is not counted in front
        captured = {}

        class _Proc:
            def __init__(self, *a, **k) -> None:
                captured.update(items=list(prefetch._ITEMS), texts=list(prefetch._TEXTS))

            def start(self) -> None:
                raise OSError("not started in this test")

        import multiprocessing
        monkeypatch.setattr(multiprocessing.get_context("fork"), "Process", _Proc, raising=False)
        monkeypatch.setattr(prefetch, "MIN_ARTICLES", 1)
        monkeypatch.setattr(prefetch, "usable", lambda workers=None: True)
        prefetch.start(store, day, window).close()
    texts = set(captured["texts"])
    front = [stored[a.url] for a in arts[:MAX_ARTICLES]]
    behind = [stored[a.url] for a in arts[MAX_ARTICLES:-1]]
    assert {article_text(a) for a in front} | {article_text(stored[loose.url])} == texts
    assert not {article_text(a) for a in behind} & texts
    kinds = [args for stage, _, _, args in captured["items"] if stage == KINDS_STAGE]
    want = {(a.title, a.body) for a in [stored[a.url] for a in arts[:LEAD_ARTICLES]] + [stored[loose.url]]}
    assert set(kinds) == want and len(kinds) == len(want)
