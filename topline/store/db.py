"""Opening the database, migrating it, and the two kinds of transaction every repository uses.

SQLite runs in WAL mode with a busy timeout; write transactions are ``BEGIN IMMEDIATE`` so that two writers
queue instead of failing half-way, and a batch is committed whole or not at all. PostgreSQL gets the same
guarantee from a transaction-level advisory lock taken by every write transaction, its sessions run in UTC (a
naive datetime means UTC on both), and values it would refuse (NUL characters, strings longer than a VARCHAR(n),
NaN in JSON) are made storable by ``Store.fit`` and the JSON serializer instead of failing a whole batch.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Sequence, overload

from sqlalchemy import Column, Connection, Table, create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from topline.errors import StoreError

if TYPE_CHECKING:
    from topline.config import Settings

SQLITE_BUSY_TIMEOUT_MS = 30_000   # how long a writer waits for another writer's lock before failing
IN_CHUNK = 900                    # ids per ``IN (...)`` list: under SQLite's and PostgreSQL's (65,535) parameter limits
# PostgreSQL: key of the advisory lock every write transaction holds until it ends (any constant unique to Topline)
PG_WRITE_LOCK_KEY = 0x7A0B_11E5
_MIGRATIONS = Path(__file__).parent / "migrations"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@overload
def as_utc(value: dt.datetime) -> dt.datetime: ...


@overload
def as_utc(value: None) -> None: ...


def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite returns naive datetimes: every datetime leaving the store is UTC-aware."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


def _sqlite_engine(url: str) -> Engine:
    path = url.split("sqlite:///", 1)[-1]
    if path and path != ":memory:":
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None          # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection):
        immediate = conn.get_execution_options().get("topline_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _json_safe(value: Any) -> Any:
    """PostgreSQL's json type refuses NaN/Infinity and NUL characters (SQLite keeps them): null and nothing."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, Mapping):
        return {(_json_safe(k) if isinstance(k, str) else k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return value


def _pg_json(value: Any) -> str:
    return json.dumps(_json_safe(value))


def _server_engine(url: str) -> Engine:
    """PostgreSQL: sessions in UTC, write transactions queued as on SQLite. Other servers: a plain engine."""
    is_pg = make_url(url).get_backend_name() == "postgresql"
    engine = create_engine(url, pool_pre_ping=True, **({"json_serializer": _pg_json} if is_pg else {}))
    if not is_pg:
        return engine

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute("SET TIME ZONE 'UTC'")     # a naive datetime is UTC, as on SQLite
        cur.close()
        dbapi_conn.commit()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection):
        if conn.get_execution_options().get("topline_write", False):
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK_KEY})")

    return engine


# PostgreSQL: the words of an article as its search index holds them (revision 0004). Queries must repeat this
# text exactly (no bound parameters) for the planner to use the index. Every run of non-word characters becomes a
# space first, so the text parser sees the same words a whole-word pattern does (no URL, host, file or decimal
# tokens swallowing them); 'simple' only lowercases (no stemming, no stop words). Only the first PG_SEARCH_CHARS
# characters are indexed (a tsvector must stay under 1 MB; news articles are far shorter).
PG_SEARCH_CHARS = 200_000
PG_SEARCH_DOCUMENT = ("to_tsvector('simple'::regconfig, regexp_replace(left(coalesce(title, '') || ' ' || "
                      "coalesce(summary, '') || ' ' || coalesce(text, '') || ' ' || coalesce(source, ''), "
                      f"{PG_SEARCH_CHARS}), '\\W+', ' ', 'g'))")
_INDEXABLE_TERM = re.compile(r"[A-Za-z0-9]+")


def pg_index_term(term: str) -> str | None:
    """The lexeme the search index holds for ``term`` when it is a plain ASCII word or number, else None (such a
    term is checked by its whole-word pattern only)."""
    return term.lower() if _INDEXABLE_TERM.fullmatch(term) else None


def fit_value(column: Column, value: Any) -> Any:
    """``value`` as PostgreSQL stores it in ``column``: no NUL characters, cut to the column's VARCHAR(n)."""
    if not isinstance(value, str):
        return value
    value = value.replace("\x00", "")
    length = getattr(column.type, "length", None)
    return value[:length] if length else value


def pg_word_pattern(term: str) -> str:
    """A PostgreSQL regular expression (for ``~*``, case-insensitive) matching ``term`` as a whole word.

    Search without FTS5: words, not substrings ("AI" does not match "said"), like FTS5's unicode61 tokenizer except
    that diacritics are not folded. Article search first narrows the candidates through the word index of
    revision 0004 (``PG_SEARCH_DOCUMENT``); these patterns decide (benchmarks/bench_pg_search.py: 12-21x faster
    than the scan they did alone).
    """
    body = re.sub(r"([^\w\s])", r"\\\1", term)          # punctuation matched literally
    start = r"\m" if re.match(r"\w", term) else ""
    end = r"\M" if re.search(r"\w$", term) else ""
    return f"{start}{body}{end}"


def chunks(seq: Sequence, size: int = IN_CHUNK) -> Iterator[list]:
    for i in range(0, len(seq), size):
        yield list(seq[i:i + size])


class Store:
    """The database. Repositories (``store.articles``, ``store.stories`` ...) are the only code that runs SQL."""

    def __init__(self, url: str, *, migrate: bool = True):
        self.url = url
        try:
            self.engine = _sqlite_engine(url) if url.startswith("sqlite") else _server_engine(url)
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"cannot open database {url}: {exc}") from None
        if migrate:
            self.migrate()
        from topline.store.articles import ArticleRepo
        from topline.store.cache import CacheRepo, StageCacheRepo
        from topline.store.editions import EditionRepo
        from topline.store.runs import RunRepo
        from topline.store.sends import SendRepo
        from topline.store.events import EventRepo
        from topline.store.sources import SourceRepo
        from topline.store.stories import StoryRepo
        from topline.store.work import WorkRepo
        self.articles = ArticleRepo(self)
        self.sources = SourceRepo(self)
        self.stories = StoryRepo(self)
        self.editions = EditionRepo(self)
        self.cache = CacheRepo(self)
        self.stage_cache = StageCacheRepo(self)   # results of per-item stage computations (issue 14, revision 0008)
        self.work = WorkRepo(self)
        self.runs = RunRepo(self)
        self.sends = SendRepo(self)
        self.events = EventRepo(self)     # the event ledger and watch items (revision 0005)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def fit(self, table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
        """Column values as this database can store them: unchanged on SQLite (it stores any string);
        elsewhere NUL characters are dropped and strings cut to their VARCHAR(n) (PostgreSQL refuses both)."""
        if self.is_sqlite:
            return dict(values)
        return {k: fit_value(table.c[k], v) for k, v in values.items()}

    def fit_value(self, column: Column, value: Any) -> Any:
        return value if self.is_sqlite else fit_value(column, value)

    def migrate(self) -> None:
        """Bring the schema to the newest revision (Alembic)."""
        from alembic import command
        from alembic.config import Config
        cfg = Config()
        cfg.set_main_option("script_location", str(_MIGRATIONS))
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(topline_write=True)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
        except OperationalError as exc:
            raise StoreError(f"cannot migrate database {self.url}: {exc}") from None

    def revision(self) -> str | None:
        with self.read() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction: committed whole when the block ends, rolled back on any exception."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(topline_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            with conn.begin():
                yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(settings: "Settings") -> Store:
    settings.home.mkdir(parents=True, exist_ok=True)
    return Store(settings.db_url)
