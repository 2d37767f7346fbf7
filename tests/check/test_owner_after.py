"""A measure given to an owner the passage names only in a later, contrasting clause (``subjects.owner_only_after``,
the lead, 2026-12-06): eval18's article rb07 says "Its European market share rose to 16% from 11% a year earlier,
while Solbus held about 22%". The faithful row n0172 (Kovar's share) still passes; a twin giving the same move to
Solbus, whose name stands in the sentence, was passed by the subject rule's bag of words and is now rejected."""

from __future__ import annotations

from topline.check.subjects import owner_only_after

RB07 = "Its European market share rose to 16% from 11% a year earlier, while Solbus held about 22%."


def test_the_faithful_row_passes_and_its_wrong_owner_twin_does_not(labelled_twins):
    ok, rows, twin_ok = labelled_twins
    assert rows["n0172"]["label"] == "supported" and ok("n0172")
    assert not twin_ok("n0172", "Solbus's share of the European market climbed to 16% from 11% a year before.")
    assert twin_ok("n0172", "Kovar's share of the European market climbed to 16% from 11% a year before.")


def test_the_owner_in_a_later_contrasting_clause_is_not_the_measures_owner():
    assert owner_only_after("Solbus's share of the European market", RB07)
    assert not owner_only_after("Kovar's share of the European market", RB07)   # the owner is told elsewhere
    # an owner before the measure's clause may be what "its" refers to: not judged here
    assert not owner_only_after("Aurel's margin", "Revenue at Aurel rose 5%; its margin widened to 12%.")
    # one clause, or the owner beside the measure: not this rule's business
    assert not owner_only_after("Solbus's share", "Solbus's share rose to 22%.")
    assert not owner_only_after("Solbus's share", "Kovar's share rose, while Solbus's share fell to 22%.")
    # no measure, no owner: not judged
    assert not owner_only_after("Solbus", RB07)
