"""The event ledger's store: migration 0005 (up and down), events replaced by id, watch items kept; on SQLite and,
when TOPLINE_TEST_POSTGRES_URL names a server, on PostgreSQL (a schema of its own per test)."""
import datetime as dt
import sys
from pathlib import Path

import pytest

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from topline.records import Event, EventField, WatchItem
from topline.store.db import _MIGRATIONS

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_store_postgres import db  # noqa: E402, F401 - the PostgreSQL store tests' fixture (SQLite, and PostgreSQL when set)


@pytest.fixture
def store(db):  # noqa: F811 - replaces the SQLite-only fixture of conftest: SQLite, and PostgreSQL when set
    return db


D = dt.date(2026, 3, 10)


def ev(i: int, amount: float, day: dt.date = D) -> Event:
    f = EventField(name="amount", value=amount, text=f"${amount / 1e6:g} million", url=f"https://n.example/{i}",
                   sentence=f"Helio raised ${amount / 1e6:g} million.", source="Wire")
    return Event(story_id=f"s{i}", type="funding", fields=(f,), url=f.url, sentence=f.sentence, source="Wire",
                 date=day, id=f"e{i}")


def test_events_replace_by_id_and_read_by_window(store):
    store.events.save_events(D, [ev(1, 5e6), ev(2, 7e6, D - dt.timedelta(days=8))], {"s1": "Capital"})
    store.events.save_events(D + dt.timedelta(days=1), [ev(1, 6e6)], {"s1": "Capital"})
    week = store.events.between(D - dt.timedelta(days=6), D)
    assert [(e.id, e.value("amount"), e.category) for e in week] == [("e1", 6e6, "Capital")]
    assert [e.id for e in store.events.between(D - dt.timedelta(days=30), D)] == ["e2", "e1"]
    assert [e.id for e in store.events.for_edition(D + dt.timedelta(days=1))] == ["e1"]
    got = store.events.between(D, D)[0]
    assert got.fields[0].sentence == "Helio raised $6 million." and got.fields[0].text in got.fields[0].sentence


def test_watch_items_insert_once_then_follow(store):
    it = WatchItem(story_id="s1", text="A vote is due on March 24.", url="https://n.example/1", made_on=D,
                   due=dt.date(2026, 3, 24), id="w1", category="Policy")
    assert store.events.add_watch([it]) == 1
    assert store.events.add_watch([it]) == 0
    done = WatchItem(**{**it.__dict__, "status": "happened", "resolved_on": dt.date(2026, 3, 24),
                        "resolved_url": "https://n.example/2"})
    store.events.update_watch([done])
    assert store.events.open_watch(dt.date(2026, 3, 30)) == []
    # the edition of 12 March still lists it as open; the edition of 24 March lists it as happened
    assert [w.status for w in store.events.watch_on(dt.date(2026, 3, 12))] == ["open"]
    assert [w.status for w in store.events.watch_on(dt.date(2026, 3, 24))] == ["happened"]
    assert store.events.watch_on(dt.date(2026, 3, 25)) == []


def _head() -> str:
    from alembic.script import ScriptDirectory
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


def test_migration_0005_down_and_up(store):
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(topline_write=True)
        command.downgrade(cfg, "0004")
        conn.commit()
        assert not {"events", "watch_items"} & set(inspect(conn).get_table_names())
        command.upgrade(cfg, "head")
        conn.commit()
        assert {"events", "watch_items"} <= set(inspect(conn).get_table_names())
    assert store.revision() == _head()
