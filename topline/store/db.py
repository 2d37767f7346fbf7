"""Opening the database, migrating it, and the two kinds of transaction every repository uses.

SQLite runs in WAL mode with a busy timeout; write transactions are ``BEGIN IMMEDIATE`` so that two writers
queue instead of failing half-way, and a batch is committed whole or not at all.
"""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from topline.errors import StoreError

SQLITE_BUSY_TIMEOUT_MS = 30_000   # how long a writer waits for another writer's lock before failing
_MIGRATIONS = Path(__file__).parent / "migrations"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


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


class Store:
    """The database. Repositories (``store.articles``, ``store.stories`` ...) are the only code that runs SQL."""

    def __init__(self, url: str, *, migrate: bool = True):
        self.url = url
        try:
            self.engine = _sqlite_engine(url) if url.startswith("sqlite") else create_engine(url, pool_pre_ping=True)
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"cannot open database {url}: {exc}") from None
        if migrate:
            self.migrate()
        from topline.store.articles import ArticleRepo
        from topline.store.cache import CacheRepo
        from topline.store.editions import EditionRepo
        from topline.store.sources import SourceRepo
        from topline.store.stories import StoryRepo
        self.articles = ArticleRepo(self)
        self.sources = SourceRepo(self)
        self.stories = StoryRepo(self)
        self.editions = EditionRepo(self)
        self.cache = CacheRepo(self)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

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


def open_store(settings) -> Store:  # noqa: ANN001 - settings: topline.config.Settings
    settings.home.mkdir(parents=True, exist_ok=True)
    return Store(settings.db_url)
