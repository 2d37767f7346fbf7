"""A claim title's wording (topline.write.offline.claim_prose): one actor said once, and theme terms that name a
subject. Clauses as the ledger's clause writer gives them for real stories of tests/data."""

from topline.write.offline.claim_prose import names_a_subject, shared_subject_title
from topline.write.offline.claims import clause_subject


def test_one_actor_is_said_once():
    # eval-retail 11-26: a share move and a strike of the same grocer
    clauses = ["Marchbank rises as much as 27 per cent", "Marchbank faces a strike"]
    assert shared_subject_title(clauses, clause_subject) == \
        "Marchbank rises as much as 27 per cent and faces a strike"


def test_three_clauses_of_one_actor():
    clauses = ["Voyagio rises 2.6%", "Voyagio cuts 400 jobs", "Voyagio launches a loyalty scheme"]
    got = shared_subject_title(clauses, lambda c: c.split()[0])
    assert got == "Voyagio rises 2.6%, cuts 400 jobs and launches a loyalty scheme"


def test_two_actors_are_not_merged():
    # different subjects: the plain join stays (None here)
    clauses = ["Ardmore rises 4.8%", "Orsanne rises 4.2%"]
    assert shared_subject_title(clauses, clause_subject) is None
    # a subject that only starts the same way is another actor
    assert shared_subject_title(["Payla raises $320 million", "Payla Bank raises $150 million"],
                                lambda c: " ".join(c.split()[:-3])) is None
    assert shared_subject_title(["one clause only"], clause_subject) is None


def test_theme_terms_that_measure_name_no_subject():
    assert not names_a_subject("biggest gain")
    assert not names_a_subject("Largest drop")
    assert not names_a_subject("new stores")
    assert not names_a_subject("  ")
    assert names_a_subject("sales")
    assert names_a_subject("chip exports")
    assert names_a_subject("Bestway")          # a name that starts like a superlative is a name
