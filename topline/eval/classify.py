"""Classification evaluation: accuracy, macro-F1, per-class precision/recall and a confusion matrix.

``evaluate_file(path, taxonomy)`` reads a JSONL file whose rows carry a gold ``label`` (a category name of the
taxonomy, or "none" for a row that belongs to no category), makes each row a one-article story (no store), and
classifies all rows in one batch exactly as the pipeline classifies an edition's stories.

"none" is always allowed, as in the pipeline: a row the classifier puts in no category counts as a prediction of
"none" (wrong when its gold label is a category). On a data set whose every row has a category (AG News) the
accuracy is therefore the one an edition would see; ``accuracy_forced`` adds what it would be if "none" were
not an option (each row's best category), so the cost of the none gate is visible.
"""
from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from topline.errors import InputError
from topline.records import Article, Classification, Story, StoryBundle, Taxonomy

NONE = "none"
UNDATED = dt.datetime(2000, 1, 1, 12, tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class ClassScores:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class ClassifyReport:
    rows: int
    accuracy: float
    macro_f1: float
    accuracy_forced: float              # accuracy when every row takes its best category (no "none")
    none_predicted: int
    per_class: tuple[ClassScores, ...]
    labels: tuple[str, ...]             # order of the confusion matrix rows (gold) and columns (predicted)
    confusion: tuple[tuple[int, ...], ...]
    unknown_labels: tuple[str, ...]     # gold labels that are not categories of the taxonomy
    method: str
    seconds: float


def read_rows(path: str | Path) -> list[dict]:
    """Rows of a JSONL file that have a title and a gold ``label``."""
    rows = []
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {p}: {exc}", "parse_error") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}:{n}: not JSON ({exc.msg})", "parse_error", line=n) from None
        if not isinstance(row, dict) or not row.get("title") or row.get("label") in (None, ""):
            raise InputError(f"{p}:{n}: a row needs a title and a label", "missing_field", line=n)
        rows.append(row)
    return rows


def _published(value: object) -> dt.datetime:
    try:
        d = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return UNDATED
    return d if d.tzinfo else d.replace(tzinfo=dt.timezone.utc)


def bundle_of(row: dict, n: int) -> StoryBundle:
    """A one-article story from a row (ids are the row number)."""
    when = _published(row.get("published")) if row.get("published") else UNDATED
    art = Article(url=str(row.get("url") or f"row:{n}"), title=str(row["title"]), text=str(row.get("text") or ""),
                  summary=str(row.get("summary") or ""), published=when, source=str(row.get("source") or ""),
                  id=n, metadata={"label": row["label"]})
    story = Story(id=f"row-{n}", title=art.title, article_ids=(n,), first_seen=when, last_seen=when,
                  outlets=(art.source,) if art.source else ())
    return StoryBundle(story=story, articles=(art,))


def report(gold: Sequence[str], results: Sequence[Classification], taxonomy: Taxonomy,
           seconds: float = 0.0) -> ClassifyReport:
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support
    pred = [c.primary or NONE for c in results]
    forced = [c.scores[0][0] if c.scores else NONE for c in results]
    names = [c.name for c in taxonomy.categories]
    unknown = sorted({g for g in gold if g not in names and g != NONE})
    labels = names + unknown + ([NONE] if NONE in gold or NONE in pred else [])
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
    present = [i for i, lab in enumerate(labels) if s[i] > 0]   # macro-F1 over the classes the data has
    n = len(gold) or 1
    return ClassifyReport(
        rows=len(gold), accuracy=round(sum(g == q for g, q in zip(gold, pred)) / n, 4),
        macro_f1=round(float(sum(f[i] for i in present) / max(1, len(present))), 4),
        accuracy_forced=round(sum(g == q for g, q in zip(gold, forced)) / n, 4),
        none_predicted=sum(q == NONE for q in pred),
        per_class=tuple(ClassScores(lab, round(float(p[i]), 4), round(float(r[i]), 4), round(float(f[i]), 4),
                                    int(s[i])) for i, lab in enumerate(labels)),
        labels=tuple(labels),
        confusion=tuple(tuple(int(x) for x in row) for row in confusion_matrix(gold, pred, labels=labels)),
        unknown_labels=tuple(unknown), method=results[0].method if results else "", seconds=round(seconds, 3))


def evaluate_rows(rows: Sequence[dict], taxonomy: Taxonomy, classifier=None) -> ClassifyReport:  # noqa: ANN001
    from topline.classify import classify
    bundles = [bundle_of(r, n) for n, r in enumerate(rows, 1)]
    t0 = time.perf_counter()
    results = classifier.classify(bundles, taxonomy) if classifier else classify(bundles, taxonomy)
    return report([str(r["label"]) for r in rows], results, taxonomy, time.perf_counter() - t0)


def evaluate_file(path: str | Path, taxonomy: Taxonomy, classifier=None) -> ClassifyReport:  # noqa: ANN001
    return evaluate_rows(read_rows(path), taxonomy, classifier)


def format_report(rep: ClassifyReport) -> str:
    """The report as plain text: headline figures, per-class table, confusion matrix (rows gold, columns predicted)."""
    lines = [f"rows {rep.rows}   accuracy {rep.accuracy:.4f}   macro-F1 {rep.macro_f1:.4f}   "
             f"none predicted {rep.none_predicted}   accuracy without none {rep.accuracy_forced:.4f}",
             f"method {rep.method}   {rep.seconds:.1f} s", ""]
    width = max(12, *(len(c.label) for c in rep.per_class))
    lines.append(f"{'class':<{width}}  precision  recall     F1  support")
    for c in rep.per_class:
        lines.append(f"{c.label:<{width}}  {c.precision:9.3f}  {c.recall:6.3f}  {c.f1:5.3f}  {c.support:7d}")
    lines += ["", "confusion (rows: gold, columns: predicted)"]
    short = [lab[:10] for lab in rep.labels]
    lines.append(" " * width + "".join(f"{s:>11}" for s in short))
    for lab, row in zip(rep.labels, rep.confusion):
        lines.append(f"{lab:<{width}}" + "".join(f"{x:>11}" for x in row))
    if rep.unknown_labels:
        lines += ["", "gold labels not in the taxonomy (always counted wrong): " + ", ".join(rep.unknown_labels)]
    return "\n".join(lines)
