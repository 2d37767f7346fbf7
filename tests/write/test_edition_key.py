"""Issues 14 and 10 (mend33): a writer's per-edition state is keyed on what it depends on, so nothing stale is
published.

``OfflineWriter`` keeps each edition's scored sentences, names, composer (with its checker verdicts) and the state
carried from page to page, and ``write.ahead`` hands it the stories prepared in another process. Both were keyed by
(date, story ids): a writer that writes the same date again (a caller passing its writer to ``build_edition``
twice, a long-lived process) after an article of a story changed or a new one joined it (the same story id) printed
the old sentences. Real components: SQLite stores under the test's TOPLINE_HOME, articles written for the test,
full builds; the forked paths (``write.ahead``, the prefetch, the ledger's child) are exercised by lowering their
thresholds, as tests/test_prefetch.py does.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.editions import comparable

DAY = dt.date(2026, 3, 10)

# (url, outlet, published, title, text): four stories of one day; Norvane's round is the day's lead
_BASE = (
    ("https://wire.example/norvane-1", "Wire", "2026-03-10T07:00:00Z", "Norvane AI raises $400 million",
     "Norvane AI, the maker of the Cassia language models, raised $400 million in a Series C round led by Harbor "
     "Ventures. The company said it would spend the money on training compute and on hiring 150 researchers in "
     "London and Toronto. Chief executive Mira Osei said demand for its enterprise models had tripled this year."),
    ("https://ledger.example/norvane", "Ledger Daily", "2026-03-10T09:30:00Z",
     "AI start-up Norvane lands $400 million round",
     "Norvane AI has raised $400 million in a Series C funding round led by Harbor Ventures, the start-up said on "
     "Tuesday. Norvane builds the Cassia family of language models for banks and insurers. The round also drew "
     "Pine Capital and Oakridge Partners."),
    ("https://techpost.example/norvane", "TechPost", "2026-03-10T11:00:00Z",
     "Norvane's $400 million raise shows investor appetite for enterprise AI",
     "Norvane AI raised $400 million from Harbor Ventures and other investors on Tuesday. The Cassia models "
     "maker plans to hire 150 researchers. Investors have poured money into enterprise AI model developers this "
     "year."),
    ("https://wire.example/quellmark", "Wire", "2026-03-10T08:00:00Z",
     "EU regulators fine Quellmark 120 million euros over chatbot data",
     "European Union regulators fined Quellmark 120 million euros on Tuesday for training its chatbot on "
     "customer data without consent. Quellmark said it would appeal the decision. The fine is the largest "
     "imposed on an AI company under the bloc's data protection rules."),
    ("https://courier.example/quellmark", "Courier", "2026-03-10T12:00:00Z",
     "Quellmark hit with 120 million euro EU fine",
     "Quellmark was fined 120 million euros by European Union data protection regulators over the way it "
     "trained its chatbot on customer data. The company said it would appeal."),
    ("https://wire.example/tessaro", "Wire", "2026-03-10T10:00:00Z",
     "Tessaro to build $2 billion data centre in Ohio",
     "Tessaro said on Tuesday it would build a $2 billion data centre in Columbus, Ohio, to run artificial "
     "intelligence workloads. The 300 megawatt site is due to open in 2028. Tessaro said the centre would "
     "employ 400 people."),
    ("https://gazette.example/tessaro", "Gazette", "2026-03-10T13:00:00Z",
     "Tessaro plans Ohio AI data centre",
     "Tessaro plans a $2 billion data centre in Columbus, Ohio, for artificial intelligence computing. The 300 "
     "megawatt campus would open in 2028, the company said."),
    ("https://devnews.example/brightwell", "DevNews", "2026-03-10T14:00:00Z",
     "Brightwell launches Tern coding assistant for enterprises",
     "Brightwell launched Tern, an AI coding assistant for large software teams, on Tuesday. Tern reviews code "
     "changes and writes tests. Brightwell said 40 companies had tested it before the launch."),
)

# the same day, later: a fourth outlet joins Norvane's story with a new figure, and Tessaro's first report is
# updated in place (same URL, a new sentence)
_JOINS = ("https://herald.example/norvane", "Herald", "2026-03-10T15:00:00Z",
          "Norvane valued at $3.1 billion after $400 million raise",
          "Norvane AI is now valued at $3.1 billion after raising $400 million in a round led by Harbor Ventures, "
          "the company said on Tuesday. The valuation is more than double the $1.4 billion it was given last year. "
          "Norvane said it would open an office in Singapore.")
_UPDATED = (_BASE[5][0], _BASE[5][1], _BASE[5][2], _BASE[5][3],
            _BASE[5][4] + " Ohio's governor, Dana Whitcombe, said the state had offered Tessaro tax credits worth "
                          "85 million dollars over ten years to win the project.")


def _rows(rows) -> list[dict]:  # noqa: ANN001
    return [{"url": u, "source": s, "published": p, "title": t, "text": x} for u, s, p, t, x in rows]


def _settings(home: Path, zone: str = "UTC"):  # noqa: ANN202
    from topline.config import load_settings
    s = load_settings(environ={"TOPLINE_HOME": str(home)})
    return s.replace(edition=dataclasses.replace(s.edition, formats=(), writer="offline", timezone=zone))


def _ingest(store, settings, rows, tmp: Path) -> None:  # noqa: ANN001
    import json
    from topline.ingest import ingest
    tmp.write_text("".join(json.dumps(r) + "\n" for r in _rows(rows)), encoding="utf-8")
    ingest(store, settings, [str(tmp)])


def _forked(monkeypatch, on: bool) -> None:
    """The edition's forked helpers used (``on``) or not, whatever the corpus's size."""
    from topline import prefetch
    from topline.events import ahead as ledger_ahead
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    monkeypatch.setattr(prefetch, "MIN_ARTICLES", 1 if on else 10 ** 9)
    monkeypatch.setattr(ledger_ahead, "MIN_ITEMS", 1 if on else 10 ** 9)


def _twice(home: Path, writer_of, later=(_JOINS, _UPDATED)):  # noqa: ANN001, ANN202
    """Build DAY, add ``later``, build DAY again; ``writer_of(i)`` gives the writer of build i (None: the
    pipeline's own). Returns the two results."""
    from topline import pipeline
    from topline.store import open_store
    settings = _settings(home)
    out = []
    with open_store(settings) as store:
        _ingest(store, settings, _BASE, home / "base.jsonl")
        out.append(pipeline.build_edition(store, settings, DAY, writer=writer_of(0)))
        if later:
            _ingest(store, settings, later, home / "later.jsonl")
        out.append(pipeline.build_edition(store, settings, DAY, writer=writer_of(1)))
    return out


@pytest.mark.parametrize("forked", [False, True], ids=["inline", "forked"])
def test_a_writer_that_writes_the_same_date_again_prints_what_a_fresh_one_prints(tmp_path, monkeypatch, forked):
    from topline.write.offline import OfflineWriter
    _forked(monkeypatch, forked)
    kept = OfflineWriter()
    first, again = _twice(tmp_path / "kept", lambda i: kept)
    fresh = _twice(tmp_path / "fresh", lambda i: OfflineWriter())[1]
    # the case the old key missed: the same date, the same stories in the same order, one of them with a new
    # article and another with an article whose text changed
    ids = [r.bundle.story.id for r in first.ranked]
    assert [r.bundle.story.id for r in again.ranked] == ids
    grown = next(r for r in again.ranked if any(a.url == _JOINS[0] for a in r.bundle.articles))
    before = next(r for r in first.ranked if r.bundle.story.id == grown.bundle.story.id)
    assert len(grown.bundle.articles) == len(before.bundle.articles) + 1
    assert any(a.body != b.body for r0, r1 in zip(first.ranked, again.ranked)
               for a, b in zip(r0.bundle.articles, r1.bundle.articles) if a.url == b.url == _UPDATED[0])
    # the kept writer's second edition is the fresh writer's, and it is not the first edition again
    assert comparable(again.edition) == comparable(fresh.edition)
    assert comparable(again.edition)["categories"] != comparable(first.edition)["categories"]


def test_a_writer_that_writes_an_unchanged_edition_again_prints_it_again(tmp_path, monkeypatch):
    """The same edition written twice by one writer: the second is the first (the pages' memory of what earlier
    pages printed starts afresh with each edition, not only when its key changes)."""
    from topline.write.offline import OfflineWriter
    _forked(monkeypatch, False)
    kept = OfflineWriter()
    first, again = _twice(tmp_path, lambda i: kept, later=())
    assert [r.bundle.story.id for r in again.ranked] == [r.bundle.story.id for r in first.ranked]
    assert sum(len(c.key_developments) for c in first.edition.categories) >= 3
    assert comparable(again.edition) == comparable(first.edition)


def test_the_writer_prepared_ahead_is_taken_only_for_the_same_content(tmp_path, monkeypatch):
    """``write.ahead``'s stories are taken for an edition whose date, zone and stories' articles are the ones it
    prepared: a changed article under the same story id is prepared here instead."""
    from topline import pipeline
    from topline.store import open_store
    from topline.write import EditionContext, ahead
    from topline.write.offline import edition_key
    _forked(monkeypatch, True)
    settings = _settings(tmp_path)
    with open_store(settings) as store:
        _ingest(store, settings, _BASE, tmp_path / "base.jsonl")
        res = pipeline.build_edition(store, settings, DAY)
    ctx = EditionContext(date=DAY, taxonomy=None, ranked=tuple(res.ranked), settings=settings)
    usable = tuple(res.ranked)
    changed = tuple(dataclasses.replace(r, bundle=dataclasses.replace(r.bundle, articles=tuple(
        dataclasses.replace(a, text=a.text + " A later sentence.") if a.url == _BASE[0][0] else a
        for a in r.bundle.articles))) for r in usable)
    other = dataclasses.replace(ctx, ranked=changed)
    assert [r.bundle.story.id for r in changed] == [r.bundle.story.id for r in usable]
    west = dataclasses.replace(ctx, settings=_settings(tmp_path, "America/Los_Angeles"))
    key = edition_key(ctx)
    # content and zone are in the key, not only (date, story ids); the same content in new objects is the same key
    assert edition_key(other) != key and edition_key(west) != key
    assert edition_key(dataclasses.replace(ctx, ranked=tuple(dataclasses.replace(r) for r in usable))) == key
    try:
        got = ahead.start(ctx, usable)
        assert got.forked
        assert ahead.take(edition_key(other)) is None
        assert ahead.take(edition_key(west)) is None
        taken = ahead.take(key)
        assert taken is not None and set(taken) == {r.bundle.story.id for r in usable}
    finally:
        ahead.close()
