"""support42 (issue 10, item 6): an act the claim tells done that its cited article tells not done, "the burglars
took the registers" for "the registers were not taken", "said it would close the library" for "did not say whether it
would close" it (``topline.check.negated``). Articles and sentences written for this file; each planted sentence
passes on the code before support42, each faithful twin passes on both. "raised its dividend" for "did not raise its
dividend" is read by ``negated_problem`` alone below: the checker before already rejects that shape."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.negated import negated_problem

BURGLARY = article(
    url="https://www.towncrier.example/parish-office-burglary", source="Town Crier",
    title="Burglars break into the Ashcombe parish office",
    text="Burglars broke into the Ashcombe vicarage on Friday night and took a laptop and a cash box, the police "
         "said. The parish registers were not taken, the vicar said.")
LIBRARY = article(
    url="https://www.valleygazette.example/brackley-library-review", source="Valley Gazette",
    title="Brackley council reviews its libraries",
    text="Brackley district council said on Thursday that it would review the opening hours of its six libraries. It "
         "did not say whether it would close the Fenwick branch library in the spring.")


@pytest.mark.parametrize("faithful, planted, source", [
    ("Burglars took a laptop and a cash box from the Ashcombe vicarage, but the parish registers were not taken.",
     "The burglars took the parish registers.", BURGLARY),
    ("Brackley district council said it would review the opening hours of its six libraries.",
     "Brackley district council said it would close the Fenwick branch library in the spring.", LIBRARY),
])
def test_an_act_told_done_that_the_article_tells_not_done_is_rejected(faithful, planted, source):
    assert verdict(faithful, source).ok, verdict(faithful, source).details
    got = verdict(planted, source)
    assert not got.ok
    assert any("direction" in d for d in got.details), got.details


def test_an_article_that_also_tells_the_act_done_is_not_this_rules_business():
    cited = [["Orlen Mills did not raise its dividend for the year.", "Orlen Mills raised its dividend for the year."]]
    assert negated_problem("Orlen Mills raised its dividend for the year.", cited) == ""
    assert negated_problem("Orlen Mills raised its dividend for the year.",
                           [cited[0][:1]]).startswith("direction")


def test_a_claim_that_negates_or_conditions_the_act_itself_is_not_read():
    cited = [["Orlen Mills did not raise its dividend for the year."]]
    assert negated_problem("Orlen Mills has yet to raise its dividend for the year.", cited) == ""
    assert negated_problem("Orlen Mills will cut jobs unless its dividend is raised for the year.", cited) == ""
    # "not ... until" says when, not whether: "would not reopen until the inspectors had checked it"
    assert negated_problem("The Kelby harbour road reopened after inspectors checked the wall.",
                           [["The Kelby harbour road would not reopen until inspectors had checked the wall."]]) == ""
    # the claim's act done to another thing than the negated one ("led dock workers" / "would not lead to cuts")
    cited = [["The terminal's operator said the automation would not lead to job cuts."]]
    assert negated_problem("Plans to automate the Kelby container terminal led dock workers to strike.", cited) == ""
    assert negated_problem("Plans to automate the Kelby container terminal led to job cuts.", cited) != ""
