"""Daily editions cost what is new (issue 14): results of pure per-item computations kept for the next edition.

Each day's edition reads a 36-hour window, so most articles are read by two editions or more. What an edition
computes from one article alone, and that a later edition computes again from the same article, is kept in the
store (``stage_cache``, revision 0008) under a key made of

* the stage's name,
* a hash of the code that computes it (``rules_version``): any edit to those rules is a miss, never a stale hit,
  and
* a hash of the item's content (the article's title and text, not its id: an article whose text changed is new).

A hit returns exactly what the computation returned (values are JSON: lists stand for sets and are turned back by
the caller), so an edition built with a warm cache equals the one built cold (tests/test_stage_cache.py).

Bound: rows computed by editions more than ``KEEP_DAYS`` before the edition being built are deleted when it
stores its own (an article is read again while it is in a window, 36 hours, and as watch-item evidence for
``events.watch.FOLLOW_DAYS`` days; a rebuilt older edition recomputes what was deleted).

The code's files are found, not listed (mend29; hand-kept lists missed modules the rules import, mend28): a stage
names the modules of its computation (``MODULES`` beside each ``Memo``), and ``key_files`` takes every ``topline``
module they import transitively, by any import statement, at module level or inside a function
(``import_closure``; ``topline.prefetch`` is hashed but not followed: it imports every stage and the pipeline and
computes nothing), with every data file of the package whose name one of those modules writes (the word lists and
tables in topline/data). Paths are relative to the package and sorted, line ends read as "\\n", so the hash is the
same on every machine with the same sources. The closure and the hash are computed once per process (~0.1 s of CPU
for all the stages' keys). tests/test_stage_keys.py checks that every function a stage's computation runs is in a
module of its key, and that an edit to an imported module or data file changes the key.

Stages using it: ``watch-evidence`` (the sentences of an article that can settle a watch item, with their names
and words: ``events.watch.follow``), ``event-kinds`` (the kinds of event an article's title and lead state:
``classify.events.kinds_of``), ``event-statements`` and ``watch-statements`` (an article's part of the event
ledger: ``events.memo``), ``embed-rows`` (the classifier's wordllama rows: ``classify.embed``), ``story-features``
(what the classifier reads of one story alone: ``classify.story_memo``), ``write-sentences`` (an article's
sentences as the offline writer reads them: ``write.offline.sentences``). The checker's verdicts
(``check.verdicts``) are kept within one edition, under the same kind of version.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re
from pathlib import Path
from typing import Any, Callable, Iterable

KEEP_DAYS = 14          # rows computed by editions this many days before the one being built are deleted

_PACKAGE = Path(__file__).resolve().parent

# Modules whose imports the closure does not follow (their own source is still hashed): ``topline.prefetch`` runs
# every stage's computation in a background process for the pipeline, so it imports the stages and the pipeline
# (and through it the whole package) while computing nothing itself. A rule's function-level import of it (the
# embedder's fork) would otherwise put every module of the package in every key.
BOUNDARY = ("topline.prefetch",)

# An import statement at the start of a line: ``from X import names`` (names parenthesised over several lines, with
# comments) or ``import X, Y``. Read from the source text, not the syntax tree: a line of a docstring that reads as
# an import can only add a module to the key (a needless miss, never a stale hit), and reading the ~110 modules of
# the largest closure costs a few milliseconds where ``ast.parse`` cost a third of a second.
_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\((?:[^)#]|#[^\n]*)*\)|[^\n#;]*)"
                     r"|import[ \t]+([^\n#;]*))", re.M)


@functools.lru_cache(maxsize=None)
def code_version(*paths: str, package: Path | None = None) -> str:
    """A hash of the files (or every .py file of the folders) named relative to the package (``package``: another
    copy of it): each file's path (POSIX form) and its bytes with line ends read as "\\n", in the order given
    (``rules_version`` gives them sorted), so the hash is the same on every machine holding the same sources."""
    root = package or _PACKAGE
    h = hashlib.sha1()
    for rel in paths:
        p = root / rel
        for f in sorted(p.rglob("*.py")) if p.is_dir() else [p]:
            h.update(f.relative_to(root).as_posix().encode())
            h.update(_digest(f))
    return h.hexdigest()[:16]


@functools.lru_cache(maxsize=None)
def _digest(f: Path) -> bytes:
    """One file's hash (each file is read once per process, however many stages' keys hash it)."""
    return hashlib.sha1(f.read_bytes().replace(b"\r\n", b"\n")).digest()


def rules_version(*entries: str, package: Path | None = None) -> str:
    """The key version of a stage whose computation is in the modules ``entries`` (dotted names): a hash of every
    file of ``key_files(*entries)``, so an edit to any module those import, or to a data file they name, is a
    miss, never a stale hit. Computed once per process (the closure and the hash are cached)."""
    return code_version(*key_files(*entries, package=package), package=package)


@functools.lru_cache(maxsize=None)
def key_files(*entries: str, package: Path | None = None) -> tuple[str, ...]:
    """The files a stage's key hashes, relative to the package (``package``: another copy of it, for tests),
    POSIX form, sorted: the source of every ``topline`` module ``entries`` import transitively, at module level
    and inside functions (``import_closure``), and every data file of the package (a non-Python file, such as
    data/synonyms.tsv) whose name one of those modules writes as a string."""
    root = package or _PACKAGE
    tree = _tree(root)
    files = set()
    for mod in import_closure(*entries, package=root):
        f = tree.modules[mod]
        files.add(f)
        files.update(d for name in _quoted_names(f) for d in tree.data.get(name, ()))
    return tuple(sorted(f.relative_to(root).as_posix() for f in files))


def import_closure(*entries: str, package: Path | None = None) -> tuple[str, ...]:
    """The dotted names of the ``topline`` modules ``entries`` import, transitively, sorted (``entries`` too).
    Every import statement counts, at module level or inside a function (an import a rule makes when called is
    code it runs). ``from P import n`` reaches the module ``P.n`` when there is one, else ``P`` itself (a
    package's ``__init__`` is read when a name is taken from it, not when one of its modules is imported: it
    computes nothing a rule reads otherwise). ``BOUNDARY`` modules are in the closure but their imports are not
    followed."""
    root = package or _PACKAGE
    tree = _tree(root)
    seen: set[str] = set()
    todo = list(entries)
    while todo:
        mod = todo.pop()
        if mod in seen:
            continue
        if mod not in tree.modules:
            raise ValueError(f"no module {mod} in {root}")
        seen.add(mod)
        if mod not in BOUNDARY:
            todo.extend(m for m in _imports(mod, root) if m not in seen)
    return tuple(sorted(seen))


class _Tree:
    """A package's modules (dotted name -> file) and data files (file name -> files), read once."""

    def __init__(self, root: Path):
        self.modules: dict[str, Path] = {}
        self.data: dict[str, list[Path]] = {}
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            here = Path(folder)
            package = [root.name, *here.relative_to(root).parts]
            for name in sorted(names):
                if name.endswith(".py"):
                    self.modules[".".join(package if name == "__init__.py" else [*package, name[:-3]])] = here / name
                elif not name.endswith(".pyc"):
                    self.data.setdefault(name, []).append(here / name)


@functools.lru_cache(maxsize=None)
def _tree(root: Path) -> _Tree:
    return _Tree(root)


@functools.lru_cache(maxsize=None)
def _source(f: Path) -> str:
    return f.read_text(encoding="utf-8")


_QUOTED_NAME = re.compile(r"""["']([\w.-]+\.\w+)["']""")     # a file name written as a string (quoted)


@functools.lru_cache(maxsize=None)
def _quoted_names(f: Path) -> frozenset[str]:
    return frozenset(_QUOTED_NAME.findall(_source(f)))


@functools.lru_cache(maxsize=None)
def _imports(mod: str, root: Path) -> frozenset[str]:
    """The package's modules that ``mod``'s import statements name."""
    modules = _tree(root).modules
    f = modules[mod]
    package = mod if f.name == "__init__.py" else mod.rpartition(".")[0]
    out: set[str] = set()
    for m in _IMPORT.finditer(_source(f).replace("\\\n", " ")):
        frm, names, plain = m.groups()
        if plain is not None:
            out.update(n for n in (name.split(" as ")[0].strip() for name in plain.split(",")) if n in modules)
            continue
        dots = len(frm) - len(frm.lstrip("."))
        if dots:
            base = package.split(".")[:len(package.split(".")) - dots + 1]
            frm = ".".join(base + ([frm[dots:]] if frm[dots:] else []))
        for name in re.sub(r"#[^\n]*", "", names).strip("()").split(","):
            name = name.split(" as ")[0].strip()
            if name and f"{frm}.{name}" in modules:
                out.add(f"{frm}.{name}")
            elif name and frm in modules:
                out.add(frm)
    return frozenset(out)


class Memo:
    """One stage's cache for one edition: ``preload`` the keys it will ask for (one query), ``get``/``put`` in
    memory, ``flush`` the new values to the store. Without a store (``store=None``) it only remembers within the
    process. ``hits`` and ``misses`` count ``get``s."""

    def __init__(self, store, stage: str, version: str, day: dt.date | None = None):  # noqa: ANN001
        self.store, self.stage, self.version, self.day = store, stage, version, day
        self.known: dict[str, Any] = {}
        self.new: dict[str, Any] = {}
        self.hits = self.misses = 0

    def key(self, *parts: str) -> str:
        h = hashlib.sha1(self.version.encode())
        for p in parts:
            h.update(b"\0")
            h.update((p or "").encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def preload(self, keys: Iterable[str]) -> None:
        want = [k for k in keys if k not in self.known]
        if self.store is not None and want:
            self.known.update(self.store.stage_cache.get_many(self.stage, want))

    def get(self, key: str, compute: Callable[[], Any]) -> Any:
        """The stored value of ``key``, or ``compute()`` (a JSON value) remembered as new. A value computed for
        this edition in a background process (``prefetch``) is taken instead of calling ``compute``: it is still
        a miss (computed for this edition) and is stored as new."""
        if key in self.known:
            self.hits += 1
            return self.known[key]
        self.misses += 1
        ready = _prefetched(self.stage, self.version)
        if key in ready:
            value = ready.pop(key)
            TAKEN[self.stage] = TAKEN.get(self.stage, 0) + 1
        else:
            value = compute()
        self.known[key] = self.new[key] = value
        return value

    def flush(self) -> None:
        if self.store is not None and self.new:
            day = self.day or dt.date.today()
            self.store.stage_cache.put_many(self.stage, self.new, day)
            self.store.stage_cache.prune(day - dt.timedelta(days=KEEP_DAYS))
        self.new = {}

    def stats(self) -> tuple[str, int, int]:
        return (self.stage, self.hits, self.misses)


# --- values computed ahead, in a background process (issue 14) ----------------------------------------------
# The pipeline starts a process that computes a stage's values for the window's articles (``topline.prefetch``)
# while this process assigns stories; a Memo of that stage takes them instead of computing. Keyed by (stage,
# code version): a value is only ever taken by the same stage of the same code. Values not asked for are dropped
# with the edition (``clear_prefetch``), so the store ends up with exactly the rows computing in order gives.
_PENDING: dict[tuple[str, str], Callable[[], dict[str, Any]]] = {}   # (stage, version) -> collect the values
_READY: dict[tuple[str, str], dict[str, Any]] = {}
TAKEN: dict[str, int] = {}     # stage -> values taken from a prefetch in this process (what tests read)


def register_prefetch(stage: str, version: str, collect: Callable[[], dict[str, Any]]) -> None:
    """Values of ``stage`` at ``version`` will be available from ``collect()`` (called once, when first needed;
    it may wait for the process computing them; an exception means no value is ready)."""
    _PENDING[(stage, version)] = collect
    _READY.pop((stage, version), None)


def _prefetched(stage: str, version: str) -> dict[str, Any]:
    k = (stage, version)
    if k in _PENDING:
        collect = _PENDING.pop(k)
        try:
            _READY[k] = dict(collect())
        except Exception:  # noqa: BLE001 - a failed prefetch only means computing here, as without one
            _READY[k] = {}
    return _READY.get(k, {})


def prefetched_rows(stage: str, version: str) -> dict[str, Any]:
    """The values of ``stage`` computed ahead for this edition, read without taking them ({} when none)."""
    ready = _prefetched(stage, version)
    if ready:
        TAKEN[stage] = TAKEN.get(stage, 0) + 1
    return ready


def clear_prefetch() -> None:
    """Forget every value computed ahead (the pipeline calls it when an edition ends, built or not)."""
    _PENDING.clear()
    _READY.clear()
