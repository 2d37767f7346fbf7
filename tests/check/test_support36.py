"""support36 (issue 10): an average the writer computed from a total and the count or stretch of time one cited
sentence gives (``topline.check.averages``). Articles and sentences written for this file; each faithful average
has its planted twin."""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.averages import average_told
from topline.check.evidence import doc_for

FAIR = article(
    url="https://www.showpages.example/pottery-fair", source="Show Pages",
    title="Glaze of blue wins the national pottery fair",
    text="A vase glazed in cobalt blue won the top prize at the national pottery fair in Leeds on Sunday. About "
         "900 pots were entered in 18 classes, and 24,000 visitors came over three days. Kiln makers said about "
         "1,200 orders were taken by 40 exhibiting studios. The winner, a former nurse, has potted for 20 years.")


def _told(claim: str, value: float, hedge: str | None = None) -> bool:
    from topline.records import Figure
    d = doc_for(FAIR)
    return average_told(Figure(str(value), "number", value, ""), claim, hedge, [d], lambda doc, i: True)


def test_a_total_over_the_count_the_claim_names_is_an_average():
    assert _told("On average about 50 pots were entered in each class.", 50.0, "about")
    assert _told("The fair averaged 8,000 visitors a day.", 8000.0)
    assert _told("About 30 orders were taken at each exhibiting studio on average.", 30.0, "about")


def test_another_value_or_no_mark_of_an_average_is_no_average():
    assert not _told("On average about 60 pots were entered in each class.", 60.0, "about")
    assert not _told("About 50 pots were entered in the fair.", 50.0, "about")       # no average marked
    assert not _told("The fair averaged 8,000 visitors a month.", 8000.0)           # not what it divides by
    assert not _told("The fair averaged 8,100 visitors a day.", 8100.0)             # no hedge, not the quotient


def test_the_checker_passes_the_average_and_rejects_its_wrong_twin():
    assert verdict("On average about 50 pots were entered in each class at the national pottery fair.", FAIR).ok
    assert not verdict("On average about 70 pots were entered in each class at the national pottery fair.",
                       FAIR).ok
    assert verdict("The national pottery fair averaged 8,000 visitors a day.", FAIR).ok
    assert not verdict("The national pottery fair averaged 9,000 visitors a day.", FAIR).ok
