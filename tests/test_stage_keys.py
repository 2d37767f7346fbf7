"""Stage-cache keys that cannot miss a module (issue 14, mend29): a stage's key hashes every module its computation
imports, at module level or inside a function, and the data files those name.

Three checks, each independent of how ``stage_cache`` reads imports:
* the closure read here with ``ast`` (every import statement, module level or in a function) is in each key;
* every function of the package that a stage's computation runs (traced with ``sys.setprofile`` on real sentence
  shapes, imports excluded, in a fresh process) is in a module its key hashes, and every data file it opens (an
  audit hook) is in its key;
* an edit to an imported module or to a data file the rules read changes the key (in a copy of the package, not
  the real tree), and an edit to a module no rule imports does not.
On main (hand-kept lists of files) the first two fail for the checker, the ledger, the watch evidence, the event
kinds and the writer's sentences: rank/outlets.py, sanitize.py, text.py or enrich/ were read but not hashed (mend28).
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from topline import stage_cache
from topline.records import Article, Citation, Story, StoryBundle

PACKAGE = stage_cache._PACKAGE

TITLE = "Orlam Energy to build $1.2 billion battery plant in Velmark"
BODY = ("Orlam Energy said on Monday it will build a $1.2 billion battery plant in Velmark, according to Reuters. "
        "The plant, which will employ 600 people, is due to open in June 2027. Chief executive Mara Harnvik noted "
        "that demand rose 12% last year because prices fell. Analysts expect the regulator to rule on the deal by "
        "March. The company acquired Tessaly Cells for $300 million in 2025.")
WHEN = dt.datetime(2026, 4, 7, 9, tzinfo=dt.timezone.utc)


def _article() -> Article:
    return Article(url="https://wire.example/orlam", title=TITLE, text=BODY, source="Wire", id=1, published=WHEN)


def _bundle() -> StoryBundle:
    a = _article()
    return StoryBundle(Story(id="s", title=TITLE, article_ids=(1,), first_seen=WHEN, last_seen=WHEN,
                             outlets=("Wire",)), (a,))


# --- each stage: the modules its key names, its memo's version, and its computation ---------------------------
def _evidence():  # noqa: ANN202
    from topline.events.watch_follow import EVIDENCE_MODULES, article_evidence, evidence_memo
    return EVIDENCE_MODULES, evidence_memo(None).version, lambda: article_evidence(BODY)


def _ledger():  # noqa: ANN202
    from topline.events.memo import EXTRACT_VERSION, RULE_MODULES, LedgerMemo
    memo = LedgerMemo(None)
    assert memo.said.version == memo.forward.version and memo.said.version.startswith(f"{EXTRACT_VERSION}:")
    return RULE_MODULES, memo.said.version.split(":", 1)[1], lambda: (memo.events(_bundle()),
                                                                     memo.watch(_bundle(), None))


def _kinds():  # noqa: ANN202
    from topline.classify.events import KINDS_MODULES, article_kinds, kinds_memo
    return KINDS_MODULES, kinds_memo(None).version, lambda: article_kinds(TITLE, BODY)


def _embed():  # noqa: ANN202
    from topline.classify import embed
    memo = embed.embeddings_memo(None)
    if memo is None:
        pytest.skip("wordllama is not installed: the embed-rows stage is not used")
    return embed.EMBED_MODULES, memo.version.rsplit(":", 1)[1], lambda: embed.default_embedder().embed([TITLE])


def _story():  # noqa: ANN202
    from topline.classify import offline
    from topline.classify.story_memo import MODULES, features_memo, story_features

    def compute():  # noqa: ANN202 - as offline.score calls it
        kws = [[("battery",), ("plant",)], [("game",)]]
        return story_features([_bundle()], [BODY], [("battery", "plant"), ("game",)],
                              lambda t: offline.keyword_counts(t, kws)[0], offline.game_story, offline.consumer_review)
    return MODULES, features_memo(None).version, compute


def _verdicts():  # noqa: ANN202
    from topline.check.verdicts import CHECKER_MODULES, Verdicts
    v = Verdicts()
    a = _article()
    cite = [Citation(url=a.url, source=a.source)]
    return CHECKER_MODULES, v.version, lambda: (
        v.check("Orlam Energy will build a $1.2 billion battery plant in Velmark, Reuters reported.", cite,
                {a.url: a}),
        v.check("Orlam Energy builds $1.2 billion battery plant", cite, {a.url: a}, headline=True),
        v.check("Harnvik said demand rose 15% last year.", cite, {a.url: a}))


def _sentences():  # noqa: ANN202
    from topline.write.offline.sentences import SENTENCES_MODULES, SENTENCES_VERSION, article_sentences, sentences_memo
    version = sentences_memo(None).version
    assert version.startswith(f"{SENTENCES_VERSION}:")
    return SENTENCES_MODULES, version.split(":", 1)[1], lambda: article_sentences(BODY)


STAGES = {"watch-evidence": _evidence, "event-statements": _ledger, "event-kinds": _kinds, "embed-rows": _embed,
          "story-features": _story, "check-verdicts": _verdicts, "write-sentences": _sentences}


# --- the import closure, read here with ast --------------------------------------------------------------------
def _module_file(mod: str, root: Path = PACKAGE) -> Path | None:
    p = root.parent.joinpath(*mod.split("."))
    return next((f for f in (p / "__init__.py", p.with_suffix(".py")) if f.is_file()), None)


def _imported(mod: str) -> set[str]:
    f = _module_file(mod)
    package = mod if f.name == "__init__.py" else mod.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(f.read_text())):       # every statement: module level and inside functions
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if _module_file(a.name))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + ([base] if base else []))
            for a in node.names:
                if _module_file(f"{base}.{a.name}"):
                    out.add(f"{base}.{a.name}")
                elif base.split(".")[0] == "topline" and _module_file(base):
                    out.add(base)
    return out


def _closure(entries) -> set[str]:  # noqa: ANN001
    seen, todo = set(), list(entries)
    while todo:
        mod = todo.pop()
        if mod not in seen:
            seen.add(mod)
            if mod not in stage_cache.BOUNDARY:
                todo.extend(_imported(mod) - seen)
    return seen


def _rel(mod: str) -> str:
    return _module_file(mod).relative_to(PACKAGE).as_posix()


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_every_module_a_stage_imports_is_in_its_key(stage):  # noqa: ANN001
    modules, version, _compute = STAGES[stage]()
    assert version == stage_cache.rules_version(*modules)      # the memo is keyed by these modules' closure
    files = set(stage_cache.key_files(*modules))
    missing = sorted(_rel(m) for m in _closure(modules) if _rel(m) not in files)
    assert missing == [], f"{stage}: imported but not in the key"


# --- what a stage's computation runs and reads -----------------------------------------------------------------
def _trace_stage(stage: str) -> dict[str, list[str]]:
    """In a fresh process: the package's files whose functions ran in the stage's computation (outside module bodies
    being imported) and the package's data files it opened (the rules load their tables on first use)."""
    ran: set[str] = set()
    opened: set[str] = set()
    on = []
    prefix = str(PACKAGE) + "/"

    def audit(event, args):  # noqa: ANN001, ANN202
        if on and event == "open" and isinstance(args[0], str) and args[0].startswith(prefix) \
                and not args[0].endswith((".py", ".pyc")):
            opened.add(Path(args[0]).relative_to(PACKAGE).as_posix())

    _modules, _version, compute = STAGES[stage]()
    top = sys._getframe()

    def profile(frame, event, _arg):  # noqa: ANN001, ANN202
        if event != "call" or not frame.f_code.co_filename.startswith(prefix):
            return
        f = frame
        while f is not None and f is not top:
            if f.f_code.co_name == "<module>":       # a module's body as it is imported: its import is an edge
                return
            f = f.f_back
        ran.add(Path(frame.f_code.co_filename).relative_to(PACKAGE).as_posix())

    sys.addaudithook(audit)
    on.append(1)
    sys.setprofile(profile)
    try:
        compute()
    finally:
        sys.setprofile(None)
        on.clear()
    return {"ran": sorted(ran), "opened": sorted(opened)}


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_every_function_a_stage_runs_and_table_it_reads_is_in_its_key(stage):  # noqa: ANN001
    modules, _version, _compute = STAGES[stage]()
    repo = PACKAGE.parent
    code = ("import json, sys; from tests.test_stage_keys import _trace_stage; "
            f"print(json.dumps(_trace_stage({stage!r})))")
    out = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(repo)})
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert any(f.startswith(("events/", "classify/", "check/", "write/")) for f in seen["ran"]), seen  # it ran
    files = set(stage_cache.key_files(*modules))
    assert sorted(set(seen["ran"]) - files) == [], f"{stage}: ran but not in the key"
    assert sorted(set(seen["opened"]) - files) == [], f"{stage}: read but not in the key"
    if stage in ("check-verdicts", "event-statements"):
        assert seen["opened"], seen          # their rules read tables on these sentences: the audit sees them


def test_the_stages_read_the_modules_main_missed():
    # mend28 found these read and not hashed; they are now in the keys because the rules import them
    from topline.check.verdicts import CHECKER_MODULES
    from topline.events.memo import RULE_MODULES
    from topline.write.offline.sentences import SENTENCES_MODULES
    assert {"rank/outlets.py", "sanitize.py", "text.py", "enrich/entities.py", "data/outlets.toml",
            "data/synonyms.tsv"} <= set(stage_cache.key_files(*CHECKER_MODULES))
    assert {"rank/outlets.py", "data/craft.tsv", "data/hazards.tsv"} <= set(stage_cache.key_files(*RULE_MODULES))
    # (the writer's sentences do not read sanitize.py: mend28 named it, no module of theirs imports it, and the
    # trace above finds none of its functions run)
    assert "sanitize.py" not in stage_cache.key_files(*SENTENCES_MODULES)


# --- an edit changes the key (a copy of the package) -----------------------------------------------------------
def _copy(tmp_path: Path, name: str) -> Path:
    root = tmp_path / name / "topline"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "demo"))
    return root


def _edit(path: Path, text: str) -> None:
    path.write_text(path.read_text() + text)


def test_an_edit_to_an_imported_module_or_data_file_changes_the_key(tmp_path):  # noqa: ANN001
    from topline.check.verdicts import CHECKER_MODULES
    from topline.events.memo import RULE_MODULES
    from topline.write.offline.sentences import SENTENCES_MODULES
    base = _copy(tmp_path, "base")
    stages = {"checker": CHECKER_MODULES, "ledger": RULE_MODULES, "sentences": SENTENCES_MODULES}
    before = {k: stage_cache.rules_version(*m, package=base) for k, m in stages.items()}
    assert before["checker"] == stage_cache.rules_version(*CHECKER_MODULES)     # the copy hashes as the tree does

    def after(name: str, edits: dict[str, str]) -> dict[str, bool]:
        root = _copy(tmp_path, name)
        for rel, text in edits.items():
            _edit(root / rel, text)
        return {k: stage_cache.rules_version(*m, package=root) != before[k] for k, m in stages.items()}

    # modules mend28 found missing from the keys on main
    assert after("outlets", {"rank/outlets.py": "\nEXTRA = 1\n"}) == {"checker": True, "ledger": True,
                                                                       "sentences": False}
    assert after("sanitize", {"sanitize.py": "\nEXTRA = 1\n"}) == {"checker": True, "ledger": True,
                                                                    "sentences": False}
    assert after("figures", {"enrich/figures.py": "\nEXTRA = 1\n"}) == dict.fromkeys(stages, True)
    # a word list the checker reads, one the ledger reads
    assert after("synonyms", {"data/synonyms.tsv": "fell\tdropped\n"})["checker"]
    assert after("craft", {"data/craft.tsv": "skiff\n"})["ledger"]
    # a module no rule imports: no key changes (the cache is kept)
    assert after("render", {"publish/render.py": "\nEXTRA = 1\n"}) == dict.fromkeys(stages, False)


def test_a_module_a_rule_imports_inside_a_function_is_in_the_key_without_listing_it(tmp_path):  # noqa: ANN001
    from topline.check.verdicts import CHECKER_MODULES
    root = _copy(tmp_path, "new")
    (root / "check" / "newrule.py").write_text("LIMIT = 3\n")
    sentence = root / "check" / "sentence.py"
    text = sentence.read_text()
    at = text.index("def check_sentence(")
    at = text.index('"""\n', text.index('"""', at) + 3) + 4     # the first line of its body
    sentence.write_text(text[:at] + "    from topline.check.newrule import LIMIT  # noqa: F401\n" + text[at:])
    assert "check/newrule.py" in stage_cache.key_files(*CHECKER_MODULES, package=root)
    assert "check/newrule.py" not in stage_cache.key_files(*CHECKER_MODULES)
