"""A sentence's verdict depends only on the articles it cites and the outlet alias table, never on which OTHER
articles are in the edition (issue 10): the checker's pool (outlet names, words written in lower case, names
written with a capital) is built from the cited articles alone."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.check.helpers import load_jsonl_articles
from topline.check import check_sentence
from topline.records import Article, Citation

DATA = Path(__file__).resolve().parents[1] / "data" / "support"
WHEN = dt.datetime(2026, 11, 5, 9, tzinfo=dt.timezone.utc)


def _articles(name: str) -> dict[str, Article]:
    return load_jsonl_articles(DATA / name, when=WHEN)


# Unrelated articles that would change the verdicts of a checker reading the whole edition: a new outlet whose
# name is a common word, words written in lower case that the cited text capitalises at a sentence start, and
# names written with a capital inside sentences that the claims start with.
UNRELATED = [
    Article(url="https://people.com/x", title="Stars at the gala", source="People",
            text="Many people attended. Quarrow fans and fenlight lovers came; Ostrel, Vantic and Brannock fans too.",
            published=WHEN),
    Article(url="https://harbour-wire.example/y", title="Harbour Wire roundup", source="Harbour Wire",
            text="According to Harbour Wire, the central bank met. Growth, inflation and currency traders watched. "
                 "Meanwhile Tallow, Pemberly and Nordica launched phones. Shares, profits and sales rose.",
            published=WHEN),
]


def _verdicts(rows, articles):  # noqa: ANN001, ANN202
    out = []
    for r in rows:
        cites = tuple(Citation(u, articles[u].source) for u in r["cites"])
        v = check_sentence(r["sentence"], cites, articles)
        out.append((v.ok, v.problems))
    return out


def test_adding_unrelated_articles_changes_no_verdict():
    arts = _articles("cal2-articles.jsonl")
    rows = [json.loads(line) for line in (DATA / "cal2-sentences.jsonl").open(encoding="utf-8")]
    rows += [  # attributions to an outlet that only an uncited article of the edition is from
        {"sentence": "Quarrow Holdings bought Fenlight Energy, according to Harbour Wire.",
         "cites": ["https://www.reuters.com/business/quarrow-buys-fenlight"]},
        {"sentence": "Fenlight shares climbed 22%, according to people familiar with the matter.",
         "cites": ["https://www.reuters.com/business/quarrow-buys-fenlight"]}]
    alone = _verdicts(rows, arts)
    with_others = _verdicts(rows, {**arts, **{a.url: a for a in UNRELATED}})
    changed = [(r["sentence"], a, b) for r, a, b in zip(rows, alone, with_others) if a != b]
    assert not changed, changed
    assert alone[-2][0] is False   # an outlet no cited article is from is not evidence
    assert sum(ok for ok, _ in alone) >= 50   # not vacuous: most of the 69 faithful paraphrases pass


def test_each_sentence_is_checked_as_if_its_citations_were_the_whole_edition():
    arts = _articles("cal2-articles.jsonl")
    rows = [json.loads(line) for line in (DATA / "cal2-sentences.jsonl").open(encoding="utf-8")][:60]
    for r in rows:
        only = {u: arts[u] for u in r["cites"]}
        assert _verdicts([r], only) == _verdicts([r], arts), r["sentence"]
